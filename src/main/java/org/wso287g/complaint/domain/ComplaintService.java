package org.wso287g.complaint.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.Problems;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.MoaRepository;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialRepository;
import org.wso287g.vetting.domain.CredentialStatus;
import org.wso287g.vetting.domain.OfficerAuthority;

/**
 * Process 4, {@code wsoComplaint}: a complaint about a WSO partner is recorded (ICE must know within 48
 * hours of receipt, weekends not counted, in the field office's zone; a later record is accepted and
 * marked late), referred by ERO (with the officer's interim suspension, rule 6), decided by the Field
 * Office Director (reinstate or withdraw the officer) and closed when the parties are told.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ComplaintService {

  public static final String AGENCY_ORI = "agencyOri";
  public static final String RECEIVED_AT = "complaintReceivedAt";
  public static final String SOURCE = "complaintSource";
  public static final String CREDENTIAL_NUMBER = "credentialNumber";
  public static final String ALLEGATION = "allegation";
  public static final String ALLEGATION_SUMMARY = "allegationSummary";
  public static final String OPR_REFERENCE = "oprReference";
  public static final String OPR_NOTIFIED_ON = "oprNotifiedOn";
  public static final String INTERIM_ACTION = "interimAction";
  public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
  public static final String OUTCOME_SUMMARY = "outcomeSummary";
  public static final String OFFICER_ACTION = "officerAction";
  public static final String PARTIES_NOTIFIED_ON = "partiesNotifiedOn";
  public static final String COMPLAINT_NUMBER = "complaintNumber";

  static final int MAX_SUMMARY = 4000;
  static final int MAX_REFERENCE = 64;

  private final ComplaintRepository complaints;
  private final AgencyRepository agencies;
  private final MoaRepository moas;
  private final CredentialRepository credentials;
  private final OfficerAuthority authority;
  private final FieldOfficeCalendar calendar;
  private final ProgramParameters program;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  /** The jurisdiction of the agency with this ORI; empty when none is on record (refused by {@link #record}). */
  @Transactional(readOnly = true)
  public Optional<Jurisdiction> agencyJurisdiction(String ori) {
    return agencies.jurisdictionByOri(ori);
  }

  /** The jurisdiction of the complaint's agency, from its record. */
  @Transactional(readOnly = true)
  public Optional<Jurisdiction> complaintJurisdiction(String number) {
    return Text.present(number) ? complaints.findWithAgencyByNumber(number.trim()).map(c -> c.getAgency().jurisdiction())
        : Optional.empty();
  }

  /**
   * Step 1: records the complaint with its number, its notice due 48 weekday hours after receipt and
   * its resolution due {@code complaintResolutionPeriod} after receipt. Every field is checked and every
   * refused one named.
   */
  public Complaint record(ReceivedComplaint received, String actor) {
    Problems problems = new Problems();
    Agency agency = null;
    if (!Text.present(received.agencyOri())) {
      problems.add(AGENCY_ORI, "The agency's ORI is required.");
    } else {
      agency = agencies.findByOri(upper(received.agencyOri())).orElse(null);
      problems.check(agency != null, AGENCY_ORI, "No agency with ORI " + received.agencyOri().trim() + " is on record.");
    }
    Instant now = clock.instant();
    if (received.receivedAt() == null) {
      problems.add(RECEIVED_AT, "When the complaint was received is required, with its offset from UTC.");
    } else {
      problems.check(!received.receivedAt().isAfter(now), RECEIVED_AT, "The complaint cannot be received in the future ("
          + received.receivedAt() + " is after " + now + ").");
    }
    ComplaintSource source = choice(problems, SOURCE, received.source(), ComplaintSource.class);
    Allegation allegation = choice(problems, ALLEGATION, received.allegation(), Allegation.class);
    problems.check(Text.present(received.allegationSummary()) && received.allegationSummary().length() <= MAX_SUMMARY,
        ALLEGATION_SUMMARY, "Summarise the allegation (at most " + MAX_SUMMARY + " characters).");
    Credential credential = null;
    if (Text.present(received.credentialNumber())) {
      String number = received.credentialNumber().trim();
      credential = credentials.findByNumber(number).orElse(null);
      if (credential == null) {
        problems.add(CREDENTIAL_NUMBER, "No credential " + number + " is on record.");
      } else if (agency != null && !credential.getAgency().getId().equals(agency.getId())) {
        problems.add(CREDENTIAL_NUMBER, "The credential " + number + " is of " + credential.getAgency().getName()
            + ", not of " + agency.getName() + ": name the officer of the agency complained of.");
      }
    }
    problems.throwIfAny();
    Instant noticeDue = ComplaintDeadline.noticeDueAt(received.receivedAt(),
        calendar.zone(agency.getFieldOfficeCode(), agency.getState()));
    Instant resolutionDue = program.after(Date.from(received.receivedAt()),
        program.getComplaintResolutionPeriod()).toInstant();
    String complaintNumber = complaints.nextComplaintNumber(Year.from(calendar.today(agency)));
    Complaint complaint = new Complaint(complaintNumber, agency, credential, received.receivedAt(), noticeDue, resolutionDue,
        source, allegation, received.allegationSummary().trim(), actor, now);
    Complaint recorded = complaints.saveAndFlush(complaint);
    if (recorded.isRecordedLate()) {
      events.publishEvent(new ComplaintRecordedLate(recorded.getNumber()));
    }
    return recorded;
  }

  /**
   * Step 2: ERO refers the complaint to ICE's Office of Professional Responsibility. An interim
   * suspension needs the officer's credential, active: checked here, done by {@link #suspendOfficer}.
   */
  public Complaint refer(String number, String oprReference, LocalDate oprNotifiedOn, String interimAction, String actor) {
    Complaint complaint = complaint(number);
    Problems problems = new Problems();
    requireStatus(complaint, ComplaintStatus.RECORDED);
    problems.check(Text.present(oprReference) && oprReference.trim().length() <= MAX_REFERENCE, OPR_REFERENCE,
        "OPR's reference is required (at most " + MAX_REFERENCE + " characters).");
    notBeforeReceiptNorInTheFuture(problems, complaint, OPR_NOTIFIED_ON, oprNotifiedOn, "OPR was notified");
    InterimAction action = choice(problems, INTERIM_ACTION, interimAction, InterimAction.class);
    if (action == InterimAction.SUSPEND_OFFICER) {
      Credential credential = complaint.getCredential();
      if (credential == null) {
        problems.add(INTERIM_ACTION, "No officer's credential number was given with complaint " + complaint.getNumber()
            + ": there is no officer to suspend.");
      } else if (credential.getStatus() != CredentialStatus.ACTIVE) {
        problems.add(INTERIM_ACTION, "Only an active credential can be suspended: " + credential.getNumber() + " is "
            + credential.getStatus() + ".");
      }
    }
    problems.throwIfAny();
    complaint.referred(oprReference.trim(), oprNotifiedOn, action, actor, clock.instant());
    return complaint;
  }

  /** Step 2, interim action: the officer's credential is SUSPENDED at once (rule 6). */
  public Credential suspendOfficer(String number, String actor) {
    Complaint complaint = complaint(number);
    if (!complaint.suspendedTheOfficer() || complaint.getCredential() == null) {
      throw new IllegalStateException("Complaint " + number + " was not referred with the officer's suspension");
    }
    return authority.suspend(complaint.getCredential().getNumber(), "Complaint " + complaint.getNumber() + " ("
        + complaint.getAllegation() + ")", actor, INTERIM_ACTION);
  }

  /**
   * Step 3: the Field Office Director records the investigation's outcome and what happens to the
   * officer: REINSTATE only a credential this complaint suspended, while the MOA is ACTIVE;
   * WITHDRAW_AUTHORITY only a credential not already ended.
   */
  public Complaint recordOutcome(String number, String investigationOutcome, String outcomeSummary, String officerAction,
      String actor) {
    Complaint complaint = complaint(number);
    Problems problems = new Problems();
    requireStatus(complaint, ComplaintStatus.REFERRED);
    InvestigationOutcome outcome = choice(problems, INVESTIGATION_OUTCOME, investigationOutcome, InvestigationOutcome.class);
    problems.check(Text.present(outcomeSummary) && outcomeSummary.length() <= MAX_SUMMARY, OUTCOME_SUMMARY,
        "Summarise the outcome (at most " + MAX_SUMMARY + " characters).");
    OfficerAction action = choice(problems, OFFICER_ACTION, officerAction, OfficerAction.class);
    Credential credential = complaint.getCredential();
    if (action == OfficerAction.REINSTATE) {
      if (credential == null || !complaint.suspendedTheOfficer()) {
        problems.add(OFFICER_ACTION, "Complaint " + complaint.getNumber() + " suspended no officer: there is no one to "
            + "reinstate.");
      } else if (credential.getStatus() != CredentialStatus.SUSPENDED || credential.isSuspendedWithAgreement()) {
        problems.add(OFFICER_ACTION, "The credential " + credential.getNumber() + " is " + credential.getStatus()
            + (credential.isSuspendedWithAgreement() ? " with its agency's MOA (headquarters lifts that suspension)" : "")
            + ": only the suspension of this complaint can be ended here.");
      } else if (!moas.hasActiveWsoAgreement(complaint.getAgency())) {
        problems.add(OFFICER_ACTION, "The MOA of " + complaint.getAgency().getName() + " is not active (the agency is "
            + complaint.getAgency().getStatus() + "): the officer cannot be reinstated now.");
      }
    } else if (action == OfficerAction.WITHDRAW_AUTHORITY) {
      if (credential == null) {
        problems.add(OFFICER_ACTION, "No officer's credential number was given with complaint " + complaint.getNumber()
            + ": there is no authority to withdraw.");
      } else if (credential.getStatus().isEnded()) {
        problems.add(OFFICER_ACTION, "The credential " + credential.getNumber() + " is already " + credential.getStatus()
            + ".");
      }
    }
    problems.throwIfAny();
    complaint.decided(outcome, outcomeSummary.trim(), action, actor, clock.instant());
    return complaint;
  }

  /** Step 3, REINSTATE: the credential this complaint suspended is ACTIVE again (the MOA must be ACTIVE). */
  public Credential reinstateOfficer(String number) {
    Complaint complaint = complaint(number);
    return authority.reinstate(complaint.getCredential().getNumber(), OFFICER_ACTION);
  }

  /** Step 3, WITHDRAW_AUTHORITY: the officer's credential is WITHDRAWN, as ICE withdraws an authority. */
  public Credential withdrawOfficer(String number, String actor) {
    Complaint complaint = complaint(number);
    return authority.withdraw(complaint.getCredential().getNumber(), "Complaint " + complaint.getNumber() + " "
        + complaint.getInvestigationOutcome() + ": " + complaint.getOutcomeSummary(), actor);
  }

  /** The outcome was not recorded by its due date: headquarters is offered the task, and that is recorded. */
  public void escalate(String number) {
    complaint(number).escalated(clock.instant());
  }

  /** Step 4: the parties were told of the outcome; the complaint is RESOLVED. */
  public Complaint recordPartiesNotified(String number, LocalDate on, String actor) {
    Complaint complaint = complaint(number);
    Problems problems = new Problems();
    requireStatus(complaint, ComplaintStatus.OUTCOME_RECORDED);
    notBeforeReceiptNorInTheFuture(problems, complaint, PARTIES_NOTIFIED_ON, on, "The parties were notified");
    if (on != null && complaint.getDecidedAt() != null && on.isBefore(calendar.dayOf(complaint.getDecidedAt(), complaint.getAgency()))) {
      problems.add(PARTIES_NOTIFIED_ON, "The parties cannot be notified of the outcome before it was recorded ("
          + calendar.dayOf(complaint.getDecidedAt(), complaint.getAgency()) + ").");
    }
    problems.throwIfAny();
    complaint.partiesNotified(on, actor, clock.instant());
    return complaint;
  }

  private void notBeforeReceiptNorInTheFuture(Problems problems, Complaint complaint, String field, LocalDate on,
      String what) {
    if (on == null) {
      problems.add(field, "The date is required.");
      return;
    }
    LocalDate today = calendar.today(complaint.getAgency());
    LocalDate received = calendar.dayOf(complaint.getReceivedAt(), complaint.getAgency());
    problems.check(!on.isAfter(today), field, what + " on " + on + ", after today (" + today + ").");
    problems.check(!on.isBefore(received), field, what + " on " + on + ", before the complaint was received ("
        + received + ").");
  }

  private Complaint complaint(String number) {
    return complaints.findWithAgencyByNumber(number == null ? "" : number.trim())
        .orElseThrow(() -> new RuleViolation(COMPLAINT_NUMBER, "No complaint " + number + " is on record."));
  }

  private static void requireStatus(Complaint complaint, ComplaintStatus expected) {
    if (complaint.getStatus() != expected) {
      throw new IllegalStateException("Complaint " + complaint.getNumber() + " is " + complaint.getStatus() + ", not "
          + expected);
    }
  }

  private static <E extends Enum<E>> E choice(Problems problems, String field, String text, Class<E> type) {
    if (!Text.present(text)) {
      problems.add(field, field + " is required; choose one of " + Arrays.toString(type.getEnumConstants()) + ".");
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim());
    } catch (IllegalArgumentException e) {
      problems.add(field, "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "' is not allowed for " + field
          + "; choose one of " + Arrays.toString(type.getEnumConstants()) + ".");
      return null;
    }
  }

  private static String upper(String ori) {
    return ori.trim().toUpperCase(Locale.ROOT);
  }
}
