package org.wso287g.access;

import static org.wso287g.access.Role.*;

import java.util.List;

/**
 * What a person may ask the program to do to a record, and the roles that may do it over that
 * record's jurisdiction. This table is the program's authorization policy: the API, the delegates,
 * the task listeners and the start forms all ask {@link AccessPolicy} about these actions, and a new
 * feature adds its action here instead of testing groups itself.
 */
public enum Action {

  SEE_RECORDS("see the records of", ADMINISTRATOR, HEADQUARTERS, FIELD_OFFICE_DIRECTOR, FIELD_OFFICE_WSO_POC, FIELD_OFFICE_ERO, AGENCY_COMMAND, AGENCY_WSO),
  REGISTER_LETTER("register a letter of interest for", ADMINISTRATOR, HEADQUARTERS, FIELD_OFFICE_DIRECTOR, AGENCY_COMMAND),
  REGISTER_LETTER_IN_TASKLIST("register a letter of interest in the Tasklist for", ADMINISTRATOR, HEADQUARTERS,
      FIELD_OFFICE_DIRECTOR),
  IMPORT_AGREEMENTS("import ICE's published agreement lists for", ADMINISTRATOR, HEADQUARTERS),
  /** Agreements already in force: only headquarters brings an agreement from ICE's list into the path. */
  ENTER_EXISTING_AGREEMENT("enter an agreement already in force for", HEADQUARTERS),
  /** Rule 9: an existing account serves an officer only when an administrator links it, on purpose. */
  LINK_OFFICER_ACCOUNT("link an existing account to", ADMINISTRATOR),
  GIVE_NOTICE_FOR_ICE("give ICE's termination or suspension notice on", HEADQUARTERS, FIELD_OFFICE_DIRECTOR),
  GIVE_NOTICE_FOR_AGENCY("give the agency's termination or suspension notice on", AGENCY_COMMAND),
  /** Oversight, complete: only ICE headquarters lifts a suspension. */
  LIFT_SUSPENSION("lift the suspension of the agreement of", HEADQUARTERS),
  /** Oversight, complete: the oversight view, nationally for headquarters, of their own office for a director. */
  SEE_OVERSIGHT("see the oversight view of", ADMINISTRATOR, HEADQUARTERS, FIELD_OFFICE_DIRECTOR),
  WITHDRAW_OFFICER_AUTHORITY("withdraw the authority of an officer of", HEADQUARTERS, FIELD_OFFICE_DIRECTOR),
  /** Process 5: more officers for an agency operational under an active MOA. */
  NOMINATE_ADDITIONAL_CANDIDATES("nominate additional WSO candidates for", AGENCY_COMMAND),
  /** Process 6: the agency announces that one of its officers leaves. */
  REPORT_OFFICER_DEPARTURE("report the departure of an officer of", AGENCY_COMMAND),
  /** Process 4: a complaint about an agency's WSO program, recorded by those who may receive one. */
  RECORD_COMPLAINT("record a complaint about", HEADQUARTERS, FIELD_OFFICE_DIRECTOR, FIELD_OFFICE_ERO, AGENCY_COMMAND),
  REFER_COMPLAINT("refer a complaint about", FIELD_OFFICE_ERO),
  /** Headquarters too: an outcome not recorded within the resolution period is escalated to it. */
  DECIDE_COMPLAINT("record the investigation outcome of a complaint about", HEADQUARTERS, FIELD_OFFICE_DIRECTOR),
  NOTIFY_COMPLAINT_PARTIES("record that the parties were told the outcome of a complaint about", FIELD_OFFICE_DIRECTOR),
  LODGE_WARRANT("lodge a warrant with", ADMINISTRATOR, FIELD_OFFICE_ERO),
  RESCHEDULE_OR_CANCEL_WARRANT("reschedule or cancel a warrant lodged with", FIELD_OFFICE_ERO),
  /** Notifications: the outbox of e-mail messages, their status, attempts and last error. */
  SEE_OUTBOX("see the outbox of", ADMINISTRATOR),
  /** Rule 8: variables, instances, jobs, messages, identity links and deletion through the engine API. */
  CHANGE_PROCESSES_DIRECTLY("change processes outside their models in", ADMINISTRATOR);

  private final String phrase;
  private final List<Role> roles;

  Action(String phrase, Role... roles) {
    this.phrase = phrase;
    this.roles = List.of(roles);
  }

  /** "register a letter of interest for": completed by the record's name in a refusal. */
  public String phrase() {
    return phrase;
  }

  public List<Role> roles() {
    return roles;
  }
}
