package org.wso287g.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.program.ProgramParameters;
import org.wso287g.testing.ParticipationSteps;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialRepository;
import org.wso287g.vetting.domain.CredentialStatus;
import org.wso287g.vetting.domain.Instructors;
import org.wso287g.vetting.domain.OfficerAccounts;
import org.wso287g.vetting.domain.OfficerAuthority;
import org.wso287g.vetting.domain.VettingService;

/**
 * Process 4's rules on the real tables (Flyway on an embedded H2), without the engine: the 48-hour
 * notice in the field office's zone with the weekend skipped, a late record, the interim suspension,
 * reinstatement and withdrawal of the officer, and the refusals with the field named.
 *
 * <p>The agency (LA0990000, field office NOL, America/Chicago) is operational with one officer,
 * credentialed on Friday 20 March 2026; the complaint was received that Friday at 18:30 local time.
 */
@DataJpaTest
@Import({FieldOfficeCalendar.class, ParticipationService.class, VettingService.class, OfficerAuthority.class,
    ComplaintService.class, ProgramParameters.class, TestClock.Config.class, ParticipationSteps.class})
class ComplaintServiceTest {

  static final String ORI = "LA0990000";
  static final String DEMO = "Demo Parish Sheriff's Office";
  static final String OTHER_ORI = "MS0450000";
  static final String CREDENTIAL = "WSO-LA0990000-0001";
  static final Instant FRIDAY_EVENING = Instant.parse("2026-03-20T23:30:00Z");
  /** 48 hours with Saturday and Sunday not counted: Tuesday 24 March, 18:30 in New Orleans. */
  static final Instant NOTICE_DUE = Instant.parse("2026-03-24T23:30:00Z");

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired ComplaintService complaints;
  @Autowired ComplaintRepository repository;
  @Autowired OfficerAuthority authority;
  @Autowired ParticipationService participation;
  @Autowired CredentialRepository credentials;
  @Autowired ParticipationSteps steps;
  @Autowired TestClock clock;
  @Autowired TestEntityManager em;

  String applicationNumber;

  @BeforeEach
  void anOperationalAgencyWithOneOfficer() {
    clock.reset();
    when(instructors.isWsoPointOfContact(ParticipationSteps.POC, "NOL")).thenReturn(true);
    applicationNumber = steps.operational(letter(ORI, DEMO), "B-101", "dana.officer");
  }

  private static LetterOfInterest letter(String ori, String name) {
    return new LetterOfInterest(name, ori, ori.substring(0, 2), "Demo County", name.replace("Sheriff's Office", "Jail"),
        "NOL", 12, LocalDate.of(2026, 2, 27), "Jane Roe", "jane.roe@" + ori.toLowerCase() + ".example.gov");
  }

  private static ReceivedComplaint received(String ori, Instant at, String source, String credential, String allegation,
      String summary) {
    return new ReceivedComplaint(ori, at, source, credential, allegation, summary);
  }

  private static ReceivedComplaint aboutDana() {
    return received(ORI, FRIDAY_EVENING, "DETAINEE", CREDENTIAL, "USE_OF_FORCE", "Force used during the service.");
  }

  private Complaint recordedMonday(ReceivedComplaint complaint) {
    clock.set("2026-03-23T14:00:00Z");
    return complaints.record(complaint, "nol.ero");
  }

  private Complaint stored(String number) {
    em.flush();
    em.clear();
    return repository.findWithAgencyByNumber(number).orElseThrow();
  }

  private Credential credential() {
    em.flush();
    em.clear();
    return credentials.findByNumber(CREDENTIAL).orElseThrow();
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  // ---------------------------------------------------------------- step 1: record

  @Test
  void aComplaintReceivedFridayEveningAndRecordedMondayIsDueTuesdayEveningAndNotLate() {
    Complaint complaint = recordedMonday(aboutDana());

    Complaint stored = stored(complaint.getNumber());
    assertThat(stored.getNumber()).matches("CMP-2026-\\d{4,}");
    assertThat(stored.getNoticeDueAt()).isEqualTo(NOTICE_DUE);
    assertThat(stored.isRecordedLate()).isFalse();
    assertThat(stored.getResolutionDueAt()).isEqualTo(FRIDAY_EVENING.plus(Duration.ofDays(90)));
    assertThat(stored.getStatus()).isEqualTo(ComplaintStatus.RECORDED);
    assertThat(stored.getCredential().getNumber()).isEqualTo(CREDENTIAL);
    assertThat(stored.getAgency().getOri()).isEqualTo(ORI);
    assertThat(stored.getRecordedBy()).isEqualTo("nol.ero");
    assertThat(stored.getRecordedAt()).isEqualTo(Instant.parse("2026-03-23T14:00:00Z"));
    assertThat(stored.getSource()).isEqualTo(ComplaintSource.DETAINEE);
    assertThat(stored.getAllegation()).isEqualTo(Allegation.USE_OF_FORCE);
  }

  @Test
  void aComplaintReceivedFridayEveningAndRecordedWednesdayIsAcceptedAndRecordedLate() {
    clock.set("2026-03-25T14:00:00Z");

    Complaint complaint = complaints.record(aboutDana(), "nol.ero");

    Complaint stored = stored(complaint.getNumber());
    assertThat(stored.isRecordedLate()).isTrue();
    assertThat(stored.getNoticeDueAt()).isEqualTo(NOTICE_DUE);
    assertThat(stored.getStatus()).isEqualTo(ComplaintStatus.RECORDED);
  }

  @Test
  void twoComplaintsGetTwoNumbersFromTheSequence() {
    String first = recordedMonday(aboutDana()).getNumber();
    String second = complaints.record(aboutDana(), "nol.director").getNumber();

    assertThat(first).isNotEqualTo(second);
    assertThat(Long.parseLong(second.substring(9))).isEqualTo(Long.parseLong(first.substring(9)) + 1);
  }

  @Test
  void aComplaintAboutSomebodyWhoIsNotADesignatedOfficerHasNoCredential() {
    Complaint complaint = recordedMonday(received(ORI, FRIDAY_EVENING, "PUBLIC", " ", "MISCONDUCT", "Rude at the jail."));

    assertThat(stored(complaint.getNumber()).getCredential()).isNull();
  }

  @Test
  void anUnknownCredentialIsRefusedNamingTheField() {
    assertThatThrownBy(() -> recordedMonday(received(ORI, FRIDAY_EVENING, "PUBLIC", "WSO-LA0990000-0099", "OTHER", "x")))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialNumber"))
        .hasMessage("No credential WSO-LA0990000-0099 is on record.");
    assertThat(repository.count()).isZero();
  }

  @Test
  void aCredentialOfAnotherAgencyIsRefused() {
    steps.operational(letter(OTHER_ORI, "Other County Sheriff's Office"), "B-201", "other.officer");

    assertThatThrownBy(() -> recordedMonday(received(ORI, FRIDAY_EVENING, "PUBLIC", "WSO-MS0450000-0001", "OTHER", "x")))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialNumber"))
        .hasMessageContaining("is of Other County Sheriff's Office, not of Demo Parish Sheriff's Office");
    assertThat(repository.count()).isZero();
  }

  @Test
  void aReceiptInTheFutureIsRefused() {
    clock.set("2026-03-23T14:00:00Z");

    assertThatThrownBy(() -> complaints.record(received(ORI, Instant.parse("2026-03-23T15:00:00Z"), "PUBLIC", null,
        "OTHER", "x"), "nol.ero"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "complaintReceivedAt"))
        .hasMessageContaining("cannot be received in the future");
  }

  @Test
  void unknownChoicesAnUnknownAgencyAndAMissingReceiptAndSummaryAreAllNamedAtOnce() {
    assertThatThrownBy(() -> recordedMonday(received("LA0000000", null, "NEIGHBOUR", null, "KICKING", " ")))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "agencyOri", "complaintReceivedAt", "complaintSource", "allegation", "allegationSummary"))
        .hasMessageContaining("'KICKING' is not allowed for allegation")
        .hasMessageContaining("No agency with ORI LA0000000 is on record.");
    assertThat(repository.count()).isZero();
  }

  // ---------------------------------------------------------------- step 2: referral and suspension

  @Test
  void anInterimSuspensionSuspendsTheOfficersCredentialAtOnce() {
    String number = recordedMonday(aboutDana()).getNumber();

    complaints.refer(number, "OPR-2026-0042", LocalDate.of(2026, 3, 23), "SUSPEND_OFFICER", "nol.ero");
    Credential suspended = complaints.suspendOfficer(number, "nol.ero");

    assertThat(suspended.getNumber()).isEqualTo(CREDENTIAL);
    Credential credential = credential();
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.SUSPENDED);
    assertThat(credential.getSuspensionReason()).isEqualTo("Complaint " + number + " (USE_OF_FORCE) (suspended by nol.ero)");
    assertThat(credential.isSuspendedWithAgreement()).isFalse();
    Complaint stored = stored(number);
    assertThat(stored.getStatus()).isEqualTo(ComplaintStatus.REFERRED);
    assertThat(stored.getInterimAction()).isEqualTo(InterimAction.SUSPEND_OFFICER);
    assertThat(stored.getReferredBy()).isEqualTo("nol.ero");
    assertThatThrownBy(() -> authority.requireAuthority("dana.officer", ORI)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("is suspended");
  }

  @Test
  void aSuspensionWithoutACredentialIsRefusedAndNothingIsReferred() {
    String number = recordedMonday(received(ORI, FRIDAY_EVENING, "PUBLIC", null, "MISCONDUCT", "x")).getNumber();

    assertThatThrownBy(() -> complaints.refer(number, "OPR-1", LocalDate.of(2026, 3, 23), "SUSPEND_OFFICER", "nol.ero"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "interimAction"))
        .hasMessageContaining("there is no officer to suspend");
    assertThat(stored(number).getStatus()).isEqualTo(ComplaintStatus.RECORDED);
  }

  @Test
  void aSuspensionOfACredentialThatIsNotActiveIsRefused() {
    String number = recordedMonday(aboutDana()).getNumber();
    authority.withdraw(CREDENTIAL, "Misconduct", "hq.analyst");

    assertThatThrownBy(() -> complaints.refer(number, "OPR-1", LocalDate.of(2026, 3, 23), "SUSPEND_OFFICER", "nol.ero"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "interimAction"))
        .hasMessage("Only an active credential can be suspended: " + CREDENTIAL + " is WITHDRAWN.");
  }

  @Test
  void aReferralDatedBeforeReceiptOrInTheFutureWithoutAReferenceIsRefusedNamingEachField() {
    String number = recordedMonday(aboutDana()).getNumber();

    assertThatThrownBy(() -> complaints.refer(number, " ", LocalDate.of(2026, 3, 19), "LATER", "nol.ero"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "oprReference", "oprNotifiedOn", "interimAction"));
    assertThatThrownBy(() -> complaints.refer(number, "OPR-1", LocalDate.of(2026, 3, 24), "NONE", "nol.ero"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "oprNotifiedOn"))
        .hasMessageContaining("after today (2026-03-23)");
  }

  // ---------------------------------------------------------------- step 3: outcome, reinstatement, withdrawal

  private String suspended() {
    String number = recordedMonday(aboutDana()).getNumber();
    complaints.refer(number, "OPR-2026-0042", LocalDate.of(2026, 3, 23), "SUSPEND_OFFICER", "nol.ero");
    complaints.suspendOfficer(number, "nol.ero");
    return number;
  }

  @Test
  void anExoneratedOfficerIsReinstatedWhileTheMoaIsActive() {
    String number = suspended();

    complaints.recordOutcome(number, "EXONERATED", "The force was lawful.", "REINSTATE", "nol.director");
    complaints.reinstateOfficer(number);

    assertThat(credential().getStatus()).isEqualTo(CredentialStatus.ACTIVE);
    assertThat(authority.requireAuthority("dana.officer", ORI).getNumber()).isEqualTo(CREDENTIAL);
    Complaint stored = stored(number);
    assertThat(stored.getStatus()).isEqualTo(ComplaintStatus.OUTCOME_RECORDED);
    assertThat(stored.getInvestigationOutcome()).isEqualTo(InvestigationOutcome.EXONERATED);
    assertThat(stored.getOfficerAction()).isEqualTo(OfficerAction.REINSTATE);
    assertThat(stored.getDecidedBy()).isEqualTo("nol.director");
  }

  @Test
  void reinstatingWhileTheMoaIsSuspendedIsRefusedAndTheOfficerStaysSuspended() {
    String number = suspended();
    long notice = participation.recordNotice(applicationNumber, new Notice("ICE", Notice.SUSPENSION, "Audit", true),
        "hq.analyst").getId();
    participation.suspend(applicationNumber, notice);

    assertThatThrownBy(() -> complaints.recordOutcome(number, "EXONERATED", "Lawful.", "REINSTATE", "nol.director"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "officerAction"))
        .hasMessageContaining("is not active").hasMessageContaining("cannot be reinstated");
    assertThat(credential().getStatus()).isEqualTo(CredentialStatus.SUSPENDED);
    assertThat(stored(number).getStatus()).isEqualTo(ComplaintStatus.REFERRED);
  }

  @Test
  void reinstatingAnOfficerThisComplaintDidNotSuspendIsRefused() {
    String number = recordedMonday(aboutDana()).getNumber();
    complaints.refer(number, "OPR-1", LocalDate.of(2026, 3, 23), "NONE", "nol.ero");

    assertThatThrownBy(() -> complaints.recordOutcome(number, "EXONERATED", "Lawful.", "REINSTATE", "nol.director"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "officerAction"))
        .hasMessageContaining("suspended no officer");
  }

  @Test
  void aSustainedComplaintWithdrawsTheSuspendedOfficersAuthority() {
    String number = suspended();

    complaints.recordOutcome(number, "SUSTAINED", "Excessive force.", "WITHDRAW_AUTHORITY", "nol.director");
    Credential withdrawn = complaints.withdrawOfficer(number, "nol.director");

    assertThat(withdrawn.getStatus()).isEqualTo(CredentialStatus.WITHDRAWN);
    assertThat(credential().getEndReason()).isEqualTo("Complaint " + number + " SUSTAINED: Excessive force. (withdrawn by nol.director)");
  }

  @Test
  void withdrawingWithoutACredentialAndAnUnknownOutcomeAreRefused() {
    String number = recordedMonday(received(ORI, FRIDAY_EVENING, "STAFF", null, "MISCONDUCT", "x")).getNumber();
    complaints.refer(number, "OPR-1", LocalDate.of(2026, 3, 23), "NONE", "nol.ero");

    assertThatThrownBy(() -> complaints.recordOutcome(number, "GUILTY", "", "WITHDRAW_AUTHORITY", "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "investigationOutcome", "outcomeSummary", "officerAction"));
  }

  // ---------------------------------------------------------------- escalation and step 4

  @Test
  void thePartiesAreNotifiedNotBeforeTheOutcomeAndTheComplaintIsResolved() {
    String number = recordedMonday(aboutDana()).getNumber();
    complaints.refer(number, "OPR-1", LocalDate.of(2026, 3, 23), "NONE", "nol.ero");
    clock.set("2026-06-20T15:00:00Z");
    complaints.escalate(number);
    complaints.recordOutcome(number, "UNFOUNDED", "No evidence.", "NONE", "hq.analyst");

    assertThatThrownBy(() -> complaints.recordPartiesNotified(number, LocalDate.of(2026, 6, 19), "nol.director"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "partiesNotifiedOn"));
    complaints.recordPartiesNotified(number, LocalDate.of(2026, 6, 20), "nol.director");

    Complaint stored = stored(number);
    assertThat(stored.getStatus()).isEqualTo(ComplaintStatus.RESOLVED);
    assertThat(stored.getEscalatedAt()).isEqualTo(Instant.parse("2026-06-20T15:00:00Z"));
    assertThat(stored.getPartiesNotifiedOn()).isEqualTo(LocalDate.of(2026, 6, 20));
    assertThat(stored.getNotifiedBy()).isEqualTo("nol.director");
  }
}
