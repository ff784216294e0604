package org.wso287g.warrant.process;

/** Process variables of {@code warrantService} (public contract where the specification names them). */
public final class WarrantVariables {

  public static final String PROCESS_ID = "warrantService";

  // Lodging (start form, REST): text unless said otherwise
  public static final String AGENCY_ORI = "agencyOri";
  public static final String FACILITY_NAME = "facilityName";
  public static final String SUBJECT_NAME = "subjectName";
  public static final String SUBJECT_BOOKING_NUMBER = "subjectBookingNumber";
  /** I-200 | I-205. */
  public static final String WARRANT_TYPE = "warrantType";
  /** The business key. */
  public static final String WARRANT_NUMBER = "warrantNumber";
  /** Date. */
  public static final String WARRANT_ISSUED_ON = "warrantIssuedOn";
  public static final String ISSUING_OFFICER = "issuingOfficer";
  /** ISO date-time, the timer of the wait; Message_ReleaseRescheduled brings a new one. */
  public static final String SCHEDULED_RELEASE_AT = "scheduledReleaseAt";

  /** Text, set when the partnership is verified: the field office of the agency (ERO group). */
  public static final String FIELD_OFFICE_CODE = "fieldOfficeCode";

  public static final String RELEASE_RESCHEDULED_MESSAGE = "Message_ReleaseRescheduled";
  public static final String WARRANT_CANCELLED_MESSAGE = "Message_WarrantCancelled";
  public static final String CANCELLATION_REASON = "cancellationReason";

  // Service (userTask_serveWarrant)
  /**
   * ISO date-time: no earlier than the service window before scheduledReleaseAt, not after it is
   * recorded; the citizenship-claim clock and the 48 hours run from it.
   */
  public static final String SERVED_AT = "servedAt";
  /** Boolean. */
  public static final String INTERPRETER_OFFERED = "interpreterOffered";
  public static final String INTERPRETER_NAME = "interpreterName";
  /** Boolean: the person made a claim of US citizenship (recorded, never asked). */
  public static final String CITIZENSHIP_CLAIMED = "citizenshipClaimed";
  /** ISO date-time, set at service: 48 hours after it; the release timer. */
  public static final String CUSTODY_DEADLINE = "custodyDeadline";

  /** UNSUBSTANTIATED | SUBSTANTIATED. */
  public static final String CITIZENSHIP_CLAIM_DECISION = "citizenshipClaimDecision";
  public static final String CITIZENSHIP_CLAIM_NOTES = "citizenshipClaimNotes";

  /** ISO date-time. */
  public static final String CUSTODY_ASSUMED_AT = "custodyAssumedAt";
  /** TRANSFERRED | CLAIM_UPHELD, how the 48 hours ended when the timer did not end them. */
  public static final String CUSTODY_OUTCOME = "custodyOutcome";
  /** ISO date-time. */
  public static final String RELEASED_AT = "releasedAt";
  /** Text, optional: how the agency released a person whose warrant was not served in time (rule 12). */
  public static final String RELEASE_NOTES = "releaseNotes";

  public static final String SERVE_TASK = "userTask_serveWarrant";

  private WarrantVariables() {}
}
