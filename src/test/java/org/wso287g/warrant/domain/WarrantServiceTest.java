package org.wso287g.warrant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.onboarding.domain.AgreementEnded;
import org.wso287g.onboarding.domain.AgreementSuspended;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.testing.ParticipationSteps;
import org.wso287g.program.ProgramParameters;
import org.wso287g.statistics.domain.WarrantsServedTally;
import org.wso287g.vetting.domain.CredentialStatus;
import org.wso287g.vetting.domain.Instructors;
import org.wso287g.vetting.domain.OfficerAccounts;
import org.wso287g.vetting.domain.OfficerAuthority;
import org.wso287g.vetting.domain.VettingService;

/**
 * The warrant-service subprocess (Process 3) on the real tables (Flyway on an embedded H2), without the
 * engine: lodging, rule 2 at the partnership check and again at service, rule 1 at service, the notice
 * to ICE, the citizenship claim, rule 5 at custody, release, and rule 6 for warrants not yet served.
 * Each test runs in a transaction that is rolled back afterwards.
 *
 * <p>Time line: the Demo Parish letter is registered on 2 Mar 2026, approved on 5 Mar, the agency signs
 * the MOA on 10 Mar and ICE on 12 Mar; the officer dana.officer is trained on 18 Mar and credentialed
 * "today", 20 Mar 2026 15:00 UTC, when operations start. The warrant was issued on 15 Mar; the person
 * is due for release today at 14:00, so the service window (2 hours) runs from 12:00 to 16:00; it is
 * served at 14:00, so the 48 hours end on 22 Mar at 14:00.
 */
@DataJpaTest
@RecordApplicationEvents
@Import({FieldOfficeCalendar.class, WarrantService.class, OfficerAuthority.class, ParticipationService.class, VettingService.class,
    ProgramParameters.class, WarrantsServedTally.class, TestClock.Config.class, ParticipationSteps.class})
class WarrantServiceTest {

  static final String ORI = "LA0990000";
  static final String DEMO = "Demo Parish Sheriff's Office";
  static final String JAIL = "Demo Parish Correctional Center";
  static final String OTHER_ORI = "MS0450000";
  static final String OTHER = "Other County Sheriff's Office";
  static final String OTHER_JAIL = "Other County Jail";
  static final String POC = ParticipationSteps.POC;
  static final String DANA = "dana.officer";
  static final String ERO = "nol.ero";
  static final String NUMBER = "ICE-I200-0001";
  static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 15);
  static final Instant RELEASE_AT = Instant.parse("2026-03-20T14:00:00Z");
  static final Instant SERVED_AT = Instant.parse("2026-03-20T14:00:00Z");
  static final Instant DEADLINE = Instant.parse("2026-03-22T14:00:00Z");

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired WarrantService warrantService;
  @Autowired OfficerAuthority authority;
  @Autowired ParticipationService participation;
  @Autowired VettingService vetting;
  @Autowired WarrantRepository warrants;
  @Autowired ServiceRecordRepository services;
  @Autowired IceNotificationRepository notifications;
  @Autowired CitizenshipClaimReviewRepository claimReviews;
  @Autowired CustodyOutcomeRepository outcomes;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired ParticipationSteps steps;
  @Autowired TestEntityManager em;
  @Autowired ApplicationEvents events;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ProgramParameters program;

  @BeforeEach
  void todayAndTheNewOrleansPointOfContact() {
    clock.reset();
    when(instructors.isWsoPointOfContact(POC, "NOL")).thenReturn(true);
  }

  // ---------------------------------------------------------------- fixtures, through the services

  private static LetterOfInterest letter(String ori, String name, String jail) {
    return new LetterOfInterest(name, ori, ori.substring(0, 2), "Demo County", jail, "NOL", 12,
        LocalDate.of(2026, 2, 27), "Jane Roe", "jane.roe@" + ori.toLowerCase() + ".example.gov");
  }

  /** Registered, approved, MOA signed by both parties: ACTIVE MOA, agency MOA_ACTIVE. The application number. */
  private String moaActive(String ori, String name, String jail) {
    return steps.moaActive(letter(ori, name, jail));
  }

  /** OPERATIONAL under an ACTIVE MOA, with the officer {@code userId}: the application number. */
  private String operational(String ori, String name, String jail, String userId) {
    return steps.operational(letter(ori, name, jail), "B-101", userId);
  }

  /** Demo Parish, operational, with dana.officer. */
  private String operational() {
    return operational(ORI, DEMO, JAIL, DANA);
  }

  private static LodgedWarrant warrant(String number, String ori, String facility, String type) {
    return new LodgedWarrant(ori, facility, "Juan Example", "BK-2026-0042", type, number, ISSUED_ON,
        "SDDO Pat Smith", RELEASE_AT);
  }

  private static LodgedWarrant warrant(String number) {
    return warrant(number, ORI, JAIL, "I-200");
  }

  private String lodged(String number) {
    warrantService.lodge(warrant(number), ERO);
    return number;
  }

  /** Lodged and the partnership verified. */
  private String verified(String number) {
    lodged(number);
    warrantService.verifyPartnership(number);
    return number;
  }

  /** Lodged for a release at {@code releaseAt} and the partnership verified. */
  private String verified(String number, Instant releaseAt) {
    warrantService.lodge(new LodgedWarrant(ORI, JAIL, "Juan Example", "BK-2026-0042", "I-200", number, ISSUED_ON,
        "SDDO Pat Smith", releaseAt), ERO);
    warrantService.verifyPartnership(number);
    return number;
  }

  private String served(String number, boolean claim) {
    verified(number);
    warrantService.serve(number, new Served(DANA, SERVED_AT, false, null, claim));
    return number;
  }

  private String served(String number) {
    return served(number, false);
  }

  /** Writes what the services changed and forgets it, so the assertions read the tables. */
  private void flushAndClear() {
    em.flush();
    em.clear();
  }

  private Warrant stored(String number) {
    flushAndClear();
    return warrants.findByNumber(number).orElseThrow();
  }

  private int rows(String table) {
    em.flush();
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  /** Rows of every warrant-service table, in one list to compare before and after a refusal. */
  private List<Integer> warrantRows() {
    return List.of(rows("warrant"), rows("warrant_service"), rows("ice_notification"), rows("citizenship_claim_review"),
        rows("custody_outcome"));
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  private void stillLodged(String number) {
    Warrant warrant = stored(number);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.LODGED);
    assertThat(warrant.getStatusReason()).isNull();
    assertThat(warrant.getClosedAt()).isNull();
    assertThat(services.findByWarrant(warrant)).isEmpty();
  }

  private void stillServed(String number) {
    Warrant warrant = stored(number);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.SERVED);
    assertThat(warrant.getClosedAt()).isNull();
    assertThat(outcomes.findByWarrant(warrant)).isEmpty();
  }

  // ---------------------------------------------------------------- lodging

  @Test
  void lodgingRecordsTheWarrantAsLodgedWithWhoAndWhen() {
    operational();
    List<Integer> before = warrantRows();

    Warrant returned = warrantService.lodge(new LodgedWarrant(" la0990000 ", " Demo Parish Correctional Center ",
        " Juan Example ", " BK-2026-0042 ", " I-200 ", " ICE-I200-0001 ", ISSUED_ON, " SDDO Pat Smith ", RELEASE_AT), ERO);

    assertThat(returned.getId()).isNotNull();
    assertThat(rows("warrant")).isEqualTo(before.get(0) + 1);
    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getAgency().getOri()).isEqualTo(ORI);
    assertThat(warrant.getFacilityName()).isEqualTo(JAIL);
    assertThat(warrant.getSubjectName()).isEqualTo("Juan Example");
    assertThat(warrant.getSubjectBookingNumber()).isEqualTo("BK-2026-0042");
    assertThat(warrant.getType()).isEqualTo("I-200");
    assertThat(warrant.getIssuedOn()).isEqualTo(ISSUED_ON);
    assertThat(warrant.getIssuingOfficer()).isEqualTo("SDDO Pat Smith");
    assertThat(warrant.getScheduledReleaseAt()).isEqualTo(RELEASE_AT);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.LODGED);
    assertThat(warrant.getStatusReason()).isNull();
    assertThat(warrant.getLodgedBy()).isEqualTo(ERO);
    assertThat(warrant.getLodgedAt()).isEqualTo(TestClock.NOW);
    assertThat(warrant.getClosedAt()).isNull();
    assertThat(warrantRows().subList(1, 5)).isEqualTo(before.subList(1, 5));
  }

  @Test
  void aWarrantIssuedTodayMayBeLodged() {
    operational();

    warrantService.lodge(new LodgedWarrant(ORI, JAIL, "Juan Example", "BK-1", "I-205", NUMBER,
        LocalDate.of(2026, 3, 20), "SDDO Pat Smith", RELEASE_AT), ERO);

    assertThat(stored(NUMBER).getIssuedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void aBlankLodgingNamesEveryMissingFieldAndWritesNothing() {
    operational();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.lodge(new LodgedWarrant(" ", "", null, "  ", "", " ", null, "", null), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "agencyOri", "facilityName", "subjectName", "subjectBookingNumber", "warrantType",
            "warrantNumber", "warrantIssuedOn", "issuingOfficer", "scheduledReleaseAt"));

    assertThat(warrantRows()).isEqualTo(before);
  }

  @Test
  void aWarrantIssuedInTheFutureIsRefusedAndNothingIsWritten() {
    operational();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.lodge(new LodgedWarrant(ORI, JAIL, "Juan Example", "BK-1", "I-200", NUMBER,
        LocalDate.of(2026, 3, 21), "SDDO Pat Smith", RELEASE_AT), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantIssuedOn"))
        .hasMessage("The date the warrant was issued is required and cannot be in the future.");

    assertThat(warrantRows()).isEqualTo(before);
    assertThat(warrants.findByNumber(NUMBER)).isEmpty();
  }

  @Test
  void aWarrantIssuedTomorrowInNewOrleansIsRefusedAtEightInTheEveningThoughItIsTodayInUtc() {
    operational();
    clock.set("2026-03-21T01:00:00Z"); // 20:00 on 20 March in New Orleans (CDT)

    assertThatThrownBy(() -> warrantService.lodge(new LodgedWarrant(ORI, JAIL, "Juan Example", "BK-1", "I-200", NUMBER,
        LocalDate.of(2026, 3, 21), "SDDO Pat Smith", RELEASE_AT), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantIssuedOn"));
    assertThat(warrants.findByNumber(NUMBER)).isEmpty();
  }

  @Test
  void aServiceTheEveningBeforeTheIssueDayInNewOrleansIsBeforeTheWarrantWasIssued() {
    operational();
    verified(NUMBER, Instant.parse("2026-03-15T04:00:00Z"));
    clock.set("2026-03-15T04:30:00Z");

    assertThatThrownBy(() -> warrantService.serve(NUMBER,
        new Served(DANA, Instant.parse("2026-03-15T03:00:00Z"), false, null, false))) // 22:00 on 14 March, CDT
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "servedAt"))
        .hasMessage("A warrant cannot be served before it was issued (2026-03-15).");
    stillLodged(NUMBER);
  }

  @Test
  void aWarrantWithoutTheScheduledReleaseIsRefusedAndNothingIsWritten() {
    operational();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.lodge(new LodgedWarrant(ORI, JAIL, "Juan Example", "BK-1", "I-200", NUMBER,
        ISSUED_ON, "SDDO Pat Smith", null), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "scheduledReleaseAt"));

    assertThat(warrantRows()).isEqualTo(before);
  }

  @Test
  void aWarrantNumberLongerThanFortyCharactersIsRefused() {
    operational();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.lodge(warrant("X".repeat(41)), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"));

    assertThat(warrantRows()).isEqualTo(before);
  }

  @Test
  void lodgingTheSameWarrantAgainIsADuplicateAndChangesNothing() {
    operational();
    lodged(NUMBER);
    flushAndClear();
    List<Integer> before = warrantRows();
    clock.set("2026-03-20T16:00:00Z");

    assertThatThrownBy(() -> warrantService.lodge(new LodgedWarrant(ORI, JAIL, "Someone Else", "BK-9", "I-205",
        " " + NUMBER + " ", ISSUED_ON, "SDDO Other", Instant.parse("2026-03-25T12:00:00Z")), "nol.ero2"))
        .isInstanceOf(DuplicateWarrant.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"))
        .hasMessage("Warrant ICE-I200-0001 is already lodged: a warrant is lodged once.");

    assertThat(warrantRows()).isEqualTo(before);
    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getSubjectName()).isEqualTo("Juan Example");
    assertThat(warrant.getType()).isEqualTo("I-200");
    assertThat(warrant.getScheduledReleaseAt()).isEqualTo(RELEASE_AT);
    assertThat(warrant.getLodgedBy()).isEqualTo(ERO);
    assertThat(warrant.getLodgedAt()).isEqualTo(TestClock.NOW);
  }

  @Test
  void aWarrantRefusedOnceCannotBeLodgedAgainUnderTheSameNumber() {
    moaActive(ORI, DEMO, JAIL);
    lodged(NUMBER);
    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER)).isInstanceOf(PartnershipRefusal.class);
    flushAndClear();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.lodge(warrant(NUMBER), ERO))
        .isInstanceOf(DuplicateWarrant.class);

    assertThat(warrantRows()).isEqualTo(before);
    assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.REFUSED);
  }

  @Test
  void aWarrantForAnUnknownOriIsRefusedAndNothingIsWritten() {
    operational();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.lodge(warrant(NUMBER, "TX0000000", JAIL, "I-200"), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "agencyOri"))
        .hasMessage("No agency with ORI TX0000000 is on record.");

    assertThat(warrantRows()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- verifyPartnership: rule 2 and the warrant

  @Test
  void anI200AtTheOwnJailOfAnOperationalAgencyPasses() {
    operational();
    lodged(NUMBER);

    warrantService.verifyPartnership(NUMBER);

    stillLodged(NUMBER);
  }

  @Test
  void anI205AtTheOwnJailSpelledInAnotherCasePasses() {
    operational();
    warrantService.lodge(warrant(NUMBER, ORI, "DEMO PARISH correctional CENTER", "I-205"), ERO);

    warrantService.verifyPartnership(NUMBER);

    stillLodged(NUMBER);
    assertThat(stored(NUMBER).getType()).isEqualTo("I-205");
  }

  @Test
  void anAgencyWithAnActiveMoaButNoOfficerYetIsNotAPartnerAndTheWarrantIsRefusedWithTheReason() {
    moaActive(ORI, DEMO, JAIL);
    lodged(NUMBER);
    clock.set("2026-03-20T15:05:00Z");

    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER))
        .isInstanceOf(PartnershipRefusal.class)
        .satisfies(e -> assertThat(((PartnershipRefusal) e).code()).isEqualTo("partnershipInactive"))
        .hasMessage(DEMO + " is not an operational WSO partner under an active MOA (it is MOA_ACTIVE).");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.REFUSED);
    assertThat(warrant.getStatusReason())
        .isEqualTo(DEMO + " is not an operational WSO partner under an active MOA (it is MOA_ACTIVE).");
    assertThat(warrant.getClosedAt()).isEqualTo(Instant.parse("2026-03-20T15:05:00Z"));
    assertThat(jdbc.queryForObject("select status_reason from warrant where number = ?", String.class, NUMBER))
        .contains("MOA_ACTIVE");
  }

  @Test
  void anOperationalAgencyWhoseOnlyOfficerWasWithdrawnReceivesNoWarrant() {
    operational();
    authority.withdraw("WSO-LA0990000-0001", "Complaint under investigation", "nol.director");
    lodged(NUMBER);

    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER))
        .isInstanceOf(PartnershipRefusal.class)
        .satisfies(e -> assertThat(((PartnershipRefusal) e).code()).isEqualTo("partnershipInactive"))
        .hasMessage(DEMO + " has no Warrant Service Officer with an active credential: nobody could serve the warrant.");
    assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.REFUSED);
  }

  @Test
  void anAgencyWhoseMoaWasTerminatedAfterLodgingIsNotAPartnerAndTheWarrantIsRefusedWithTheReason() {
    String application = operational();
    lodged(NUMBER);
    participation.recordNotice(application, new Notice("ICE", Notice.TERMINATION, "Misuse of authority", true), "hq.analyst");
    participation.endAgreement(application);

    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER))
        .isInstanceOf(PartnershipRefusal.class)
        .satisfies(e -> assertThat(((PartnershipRefusal) e).code()).isEqualTo(PartnershipRefusal.PARTNERSHIP_INACTIVE))
        .hasMessage(DEMO + " is not an operational WSO partner under an active MOA (it is TERMINATED).");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.REFUSED);
    assertThat(warrant.getStatusReason()).endsWith("(it is TERMINATED).");
    assertThat(warrant.getClosedAt()).isEqualTo(TestClock.NOW);
  }

  @Test
  void aWarrantLodgedWithAnAgencyWhoseMoaIsSuspendedIsRefused() {
    String application = operational();
    participation.suspend(application, participation.recordNotice(application, new Notice("LEA", Notice.SUSPENSION, "Jail renovation", true), "hq.analyst").getId());
    lodged(NUMBER);

    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER))
        .isInstanceOf(PartnershipRefusal.class)
        .satisfies(e -> assertThat(((PartnershipRefusal) e).code()).isEqualTo(PartnershipRefusal.PARTNERSHIP_INACTIVE));

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.REFUSED);
    assertThat(warrant.getStatusReason()).endsWith("(it is SUSPENDED).");
  }

  /**
   * In the running engine the refusal happens inside the engine's transaction: the delegate turns the
   * {@link PartnershipRefusal} into a BPMN error, the instance ends at {@code endEvent_refused} and the
   * transaction commits. The REFUSED record with its reason must survive that commit. This test does
   * not run in the test's rolled-back transaction: it commits like the engine and cleans up after itself.
   */
  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void theRefusalIsKeptWhenTheEnginesTransactionCommitsAfterTheBpmnError() {
    TransactionTemplate engineTransaction = new TransactionTemplate(transactionManager);
    try {
      engineTransaction.executeWithoutResult(status -> {
        moaActive(ORI, DEMO, JAIL);
        lodged(NUMBER);
      });

      engineTransaction.executeWithoutResult(status -> {
        try {
          warrantService.verifyPartnership(NUMBER);
        } catch (PartnershipRefusal refusal) {
          // VerifyPartnershipDelegate: throw new BpmnError(refusal.code(), ...); the model ends the instance
        }
      });

      assertThat(jdbc.queryForObject("select status from warrant where number = ?", String.class, NUMBER))
          .isEqualTo("REFUSED");
      assertThat(jdbc.queryForObject("select status_reason from warrant where number = ?", String.class, NUMBER))
          .isEqualTo(DEMO + " is not an operational WSO partner under an active MOA (it is MOA_ACTIVE).");
    } finally {
      for (String table : List.of("custody_outcome", "citizenship_claim_review", "ice_notification", "warrant_service",
          "warrant", "credential", "certification", "training_attempt", "background_check", "candidate",
          "oversight_review", "moa", "application", "agency")) {
        jdbc.update("delete from " + table);
      }
    }
  }

  @Test
  void anI247aDetainerIsNotAWarrantAWsoServesAndTheWarrantIsRefusedWithTheReason() {
    operational();
    warrantService.lodge(warrant(NUMBER, ORI, JAIL, "I-247A"), ERO);

    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER))
        .isInstanceOf(PartnershipRefusal.class)
        .satisfies(e -> assertThat(((PartnershipRefusal) e).code()).isEqualTo("invalidWarrant"))
        .hasMessage("A WSO serves only an I-200 or I-205 warrant; 'I-247A' was lodged.");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.REFUSED);
    assertThat(warrant.getStatusReason()).isEqualTo("A WSO serves only an I-200 or I-205 warrant; 'I-247A' was lodged.");
    assertThat(warrant.getClosedAt()).isEqualTo(TestClock.NOW);
  }

  @Test
  void anotherFormTypeIsNotAWarrantAWsoServesAndTheWarrantIsRefusedWithTheReason() {
    operational();
    warrantService.lodge(warrant(NUMBER, ORI, JAIL, "I-247"), ERO);

    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER))
        .isInstanceOf(PartnershipRefusal.class)
        .satisfies(e -> assertThat(((PartnershipRefusal) e).code()).isEqualTo(PartnershipRefusal.INVALID_WARRANT))
        .hasMessage("A WSO serves only an I-200 or I-205 warrant; 'I-247' was lodged.");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.REFUSED);
    assertThat(warrant.getStatusReason()).isEqualTo("A WSO serves only an I-200 or I-205 warrant; 'I-247' was lodged.");
    assertThat(warrant.getClosedAt()).isEqualTo(TestClock.NOW);
  }

  @Test
  void aWarrantAtAnotherFacilityIsRefusedWithTheReasonNamingBothJails() {
    operational();
    warrantService.lodge(warrant(NUMBER, ORI, "Orleans Parish Prison", "I-200"), ERO);

    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER))
        .isInstanceOf(PartnershipRefusal.class)
        .satisfies(e -> assertThat(((PartnershipRefusal) e).code()).isEqualTo(PartnershipRefusal.INVALID_WARRANT))
        .hasMessage("WSOs serve only inside their own agency's jail: Orleans Parish Prison is not " + DEMO
            + "'s jail (" + JAIL + ").");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.REFUSED);
    assertThat(warrant.getStatusReason()).contains("Orleans Parish Prison", JAIL);
  }

  @Test
  void aWarrantAtAnotherPartnersJailIsRefusedToo() {
    operational();
    operational(OTHER_ORI, OTHER, OTHER_JAIL, "otto.other");
    warrantService.lodge(warrant(NUMBER, ORI, OTHER_JAIL, "I-200"), ERO);

    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER))
        .isInstanceOf(PartnershipRefusal.class)
        .satisfies(e -> assertThat(((PartnershipRefusal) e).code()).isEqualTo(PartnershipRefusal.INVALID_WARRANT));

    assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.REFUSED);
  }

  // ---------------------------------------------------------------- reschedule and cancel: only while LODGED

  @Test
  void reschedulingMovesTheScheduledReleaseOfALodgedWarrant() {
    operational();
    verified(NUMBER);

    warrantService.reschedule(NUMBER, Instant.parse("2026-03-23T09:00:00Z"), "nol.ero");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getScheduledReleaseAt()).isEqualTo(Instant.parse("2026-03-23T09:00:00Z"));
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.LODGED);
  }

  @Test
  void reschedulingWithoutATimeIsRefusedAndKeepsTheRelease() {
    operational();
    verified(NUMBER);

    assertThatThrownBy(() -> warrantService.reschedule(NUMBER, null, "nol.ero"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "scheduledReleaseAt"));

    assertThat(stored(NUMBER).getScheduledReleaseAt()).isEqualTo(RELEASE_AT);
  }

  @Test
  void reschedulingAServedWarrantIsRefusedAndKeepsTheRelease() {
    operational();
    served(NUMBER);

    assertThatThrownBy(() -> warrantService.reschedule(NUMBER, Instant.parse("2026-03-23T09:00:00Z"), "nol.ero"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"))
        .hasMessage("Warrant ICE-I200-0001 is SERVED, not LODGED.");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getScheduledReleaseAt()).isEqualTo(RELEASE_AT);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.SERVED);
  }

  @Test
  void cancellingALodgedWarrantRecordsTheReasonWithWhoAndWhen() {
    operational();
    verified(NUMBER);
    clock.set("2026-03-20T18:00:00Z");

    warrantService.cancel(NUMBER, "  Warrant withdrawn by ERO  ", ERO);

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.CANCELLED);
    assertThat(warrant.getStatusReason()).isEqualTo("Warrant withdrawn by ERO (by nol.ero)");
    assertThat(warrant.getClosedAt()).isEqualTo(Instant.parse("2026-03-20T18:00:00Z"));
  }

  @Test
  void cancellingWithoutAReasonStillSaysWhoCancelled() {
    operational();
    verified(NUMBER);

    warrantService.cancel(NUMBER, " ", ERO);

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.CANCELLED);
    assertThat(warrant.getStatusReason()).isEqualTo("Cancelled (by nol.ero)");
  }

  @Test
  void cancellingAServedWarrantIsRefusedAndChangesNothing() {
    operational();
    served(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.cancel(NUMBER, "Changed our mind", ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"));

    assertThat(warrantRows()).isEqualTo(before);
    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.SERVED);
    assertThat(warrant.getStatusReason()).isNull();
    assertThat(warrant.getClosedAt()).isNull();
  }

  @Test
  void cancellingARefusedWarrantIsRefusedAndKeepsTheRefusal() {
    moaActive(ORI, DEMO, JAIL);
    lodged(NUMBER);
    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER)).isInstanceOf(PartnershipRefusal.class);
    flushAndClear();

    assertThatThrownBy(() -> warrantService.cancel(NUMBER, "Changed our mind", ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"))
        .hasMessage("Warrant ICE-I200-0001 is REFUSED, not LODGED.");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.REFUSED);
    assertThat(warrant.getStatusReason()).contains("MOA_ACTIVE");
  }

  // ---------------------------------------------------------------- serve: rule 1 and rule 2 again

  @Test
  void aCredentialedOfficerServesAndTheServiceIsRecordedWithTheFortyEightHourDeadline() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    Instant deadline = warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, true, "  Maria Lopez  ", true));

    assertThat(deadline).isEqualTo(DEADLINE);
    assertThat(rows("warrant_service")).isEqualTo(before.get(1) + 1);
    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.SERVED);
    assertThat(warrant.getStatusReason()).isNull();
    assertThat(warrant.getClosedAt()).isNull();
    ServiceRecord service = services.findByWarrant(warrant).orElseThrow();
    assertThat(service.getOfficerUserId()).isEqualTo(DANA);
    assertThat(service.getCredential().getNumber()).isEqualTo("WSO-LA0990000-0001");
    assertThat(service.getCredential().getStatus()).isEqualTo(CredentialStatus.ACTIVE);
    assertThat(service.getServedAt()).isEqualTo(SERVED_AT);
    assertThat(service.isInterpreterOffered()).isTrue();
    assertThat(service.getInterpreterName()).isEqualTo("Maria Lopez");
    assertThat(service.isCitizenshipClaimed()).isTrue();
    assertThat(service.getCustodyDeadline()).isEqualTo(DEADLINE);
    assertThat(service.getRecordedAt()).isEqualTo(TestClock.NOW);
    assertThat(jdbc.queryForObject("select custody_deadline from warrant_service where officer_user_id = ?",
        java.time.OffsetDateTime.class, DANA).toInstant()).isEqualTo(DEADLINE);
    assertThat(events.stream(WarrantServed.class)).containsExactly(new WarrantServed(NUMBER, "LA", "NOL", SERVED_AT));
    assertThat(jdbc.queryForObject("select services from warrants_served_daily where state = 'LA' and served_on = ?",
        Long.class, LocalDate.ofInstant(SERVED_AT, java.time.ZoneOffset.UTC))).as("the statistics' tally").isEqualTo(1L);
    assertThat(warrantRows().subList(2, 5)).isEqualTo(before.subList(2, 5));
  }

  @Test
  void noInterpreterNameIsKeptWhenNoInterpreterWasOffered() {
    operational();
    verified(NUMBER);

    warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, false, "Maria Lopez", false));

    ServiceRecord service = services.findByWarrant(stored(NUMBER)).orElseThrow();
    assertThat(service.isInterpreterOffered()).isFalse();
    assertThat(service.getInterpreterName()).isNull();
    assertThat(service.isCitizenshipClaimed()).isFalse();
  }

  @Test
  void aUserWithoutACredentialCannotServeAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(ERO, SERVED_AT, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessageContaining("nol.ero holds no WSO credential");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void anUnclaimedServiceIsRefusedAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(null, SERVED_AT, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessageContaining("claim the task first");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void anOfficerOfAnotherAgencyCannotServeHereAndNothingIsWritten() {
    operational();
    operational(OTHER_ORI, OTHER, OTHER_JAIL, "otto.other");
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served("otto.other", SERVED_AT, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessage("otto.other is a Warrant Service Officer of " + OTHER + ", not of " + DEMO
            + ", which holds the person.");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void anOfficerWhoseAuthorityWasWithdrawnAfterLodgingCannotServeAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    authority.withdraw("WSO-LA0990000-0001", "Misconduct", "hq.analyst");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessageContaining("was withdrawn");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void aMoaTerminatedAfterLodgingStopsTheServiceAndNothingIsWritten() {
    String application = operational();
    verified(NUMBER);
    participation.recordNotice(application, new Notice("ICE", Notice.TERMINATION, "Misuse of authority", true), "hq.analyst");
    participation.endAgreement(application);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessageContaining("was revoked")
        .hasMessageContaining("MOA terminated on notice from ICE: Misuse of authority");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void aServiceTimeInTheFutureIsRefusedAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER,
        new Served(DANA, TestClock.NOW.plusSeconds(60), false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "servedAt"))
        .hasMessage("The time of service is required and cannot be in the future.");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void aServiceWithoutATimeIsRefusedAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(DANA, null, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "servedAt"));

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void anInterpreterOfferedWithoutANameIsRefusedAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, true, "  ", false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "interpreterName"))
        .hasMessage("Write the interpreter's name (it goes on the warrant).");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void aFutureTimeAndAMissingInterpreterNameAreBothNamed() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER,
        new Served(DANA, TestClock.NOW.plusSeconds(3600), true, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "servedAt", "interpreterName"));

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void aServiceBeforeTheWarrantWasIssuedIsRefusedAndNothingIsWritten() {
    operational();
    verified(NUMBER, Instant.parse("2026-03-15T01:00:00Z"));
    clock.set("2026-03-15T01:30:00Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER,
        new Served(DANA, Instant.parse("2026-03-14T23:59:00Z"), false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "servedAt"))
        .hasMessage("A warrant cannot be served before it was issued (2026-03-15).");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void aServiceOnTheDayOfIssueIsRecorded() {
    operational();
    verified(NUMBER, Instant.parse("2026-03-15T05:30:00Z"));
    clock.set("2026-03-15T06:00:00Z");

    Instant deadline = warrantService.serve(NUMBER, // the first moment of 15 March in New Orleans (CDT)
        new Served(DANA, Instant.parse("2026-03-15T05:00:00Z"), false, null, false));

    assertThat(deadline).isEqualTo(Instant.parse("2026-03-17T05:00:00Z"));
    assertThat(services.findByWarrant(stored(NUMBER)).orElseThrow().getCustodyDeadline()).isEqualTo(deadline);
  }

  @Test
  void aSecondServiceIsRefusedAndTheFirstStands() {
    operational();
    served(NUMBER);
    flushAndClear();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER,
        new Served(DANA, Instant.parse("2026-03-20T14:30:00Z"), true, "Maria Lopez", true)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"))
        .hasMessage("Warrant ICE-I200-0001 is SERVED, not LODGED.");

    assertThat(warrantRows()).isEqualTo(before);
    ServiceRecord service = services.findByWarrant(stored(NUMBER)).orElseThrow();
    assertThat(service.getServedAt()).isEqualTo(SERVED_AT);
    assertThat(service.isCitizenshipClaimed()).isFalse();
    assertThat(service.getCustodyDeadline()).isEqualTo(DEADLINE);
  }

  @Test
  void aRefusedWarrantCannotBeServed() {
    operational();
    warrantService.lodge(warrant(NUMBER, ORI, "Orleans Parish Prison", "I-200"), ERO);
    assertThatThrownBy(() -> warrantService.verifyPartnership(NUMBER)).isInstanceOf(PartnershipRefusal.class);
    flushAndClear();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"));

    assertThat(warrantRows()).isEqualTo(before);
    assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.REFUSED);
  }

  // ---------------------------------------------------------------- serve: rule 12, the service window

  @Test
  void aServiceAtTheOpeningOfTheServiceWindowIsRecorded() {
    operational();
    verified(NUMBER);

    warrantService.serve(NUMBER, new Served(DANA, Instant.parse("2026-03-20T12:00:00Z"), false, null, false));

    assertThat(services.findByWarrant(stored(NUMBER)).orElseThrow().getServedAt())
        .isEqualTo(Instant.parse("2026-03-20T12:00:00Z"));
  }

  @Test
  void aServiceBeforeTheServiceWindowOpensIsRefusedNamingServedAtAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER,
        new Served(DANA, Instant.parse("2026-03-20T11:59:59Z"), false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "servedAt"))
        .hasMessage("The warrant is served at the scheduled release (2026-03-20T14:00:00Z): the time of service cannot"
            + " be before 2026-03-20T12:00:00Z, 2 hours earlier.");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void aServiceDatedTheMomentItIsRecordedIsRecorded() {
    operational();
    verified(NUMBER);

    warrantService.serve(NUMBER, new Served(DANA, TestClock.NOW, false, null, false));

    assertThat(services.findByWarrant(stored(NUMBER)).orElseThrow().getServedAt()).isEqualTo(TestClock.NOW);
  }

  @Test
  void aServiceDatedOneSecondAfterItIsRecordedIsRefusedAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER,
        new Served(DANA, TestClock.NOW.plusSeconds(1), false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "servedAt"))
        .hasMessage("The time of service is required and cannot be in the future.");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void aServiceRecordedAsTheServiceWindowClosesIsStillRecorded() {
    operational();
    verified(NUMBER);
    clock.set("2026-03-20T16:00:00Z");

    warrantService.serve(NUMBER, new Served(DANA, Instant.parse("2026-03-20T15:50:00Z"), false, null, false));

    assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.SERVED);
  }

  @Test
  void aServiceRecordedOnceTheServiceWindowClosedIsRefusedEvenIfDatedWithinIt() {
    operational();
    verified(NUMBER);
    clock.set("2026-03-20T16:00:01Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER,
        new Served(DANA, Instant.parse("2026-03-20T15:50:00Z"), false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "servedAt"))
        .hasMessage("No service was recorded within 2 hours after the scheduled release (2026-03-20T14:00:00Z): the"
            + " service window closed at 2026-03-20T16:00:00Z, the warrant is no hold any more and the agency releases"
            + " the person under its own rules.");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void theServiceWindowIsAProgramParameter() {
    operational();
    verified(NUMBER);
    program.setServiceWindow("PT30M");
    clock.set("2026-03-20T14:30:00Z");
    try {
      assertThatThrownBy(() -> warrantService.serve(NUMBER,
          new Served(DANA, Instant.parse("2026-03-20T13:29:00Z"), false, null, false)))
          .isInstanceOf(RuleViolation.class)
          .satisfies(e -> refusedOn(e, "servedAt"))
          .hasMessageEndingWith("cannot be before 2026-03-20T13:30:00Z, 30 minutes earlier.");

      warrantService.serve(NUMBER, new Served(DANA, Instant.parse("2026-03-20T13:30:00Z"), false, null, false));
      assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.SERVED);
    } finally {
      program.setServiceWindow("PT2H");
    }
  }

  // ---------------------------------------------------------------- the notice to ICE and the citizenship claim

  @Test
  void notifyingIceWritesOneNotificationToTheFieldOfficesEro() {
    operational();
    served(NUMBER);
    clock.set("2026-03-20T15:01:00Z");

    warrantService.notifyIce(NUMBER);

    flushAndClear();
    List<IceNotification> sent = notifications.findByWarrant(stored(NUMBER));
    assertThat(sent).singleElement().satisfies(n -> {
      assertThat(n.getRecipientGroup()).isEqualTo("fo-nol-ero");
      assertThat(n.getSubject()).isEqualTo("Warrant ICE-I200-0001 served on Juan Example at " + JAIL);
      assertThat(n.getNotifiedAt()).isEqualTo(Instant.parse("2026-03-20T15:01:00Z"));
    });
    assertThat(rows("ice_notification")).isEqualTo(1);
  }

  @Test
  void theNotificationOfAClaimedCitizenshipSaysSoInTheSubject() {
    operational();
    served(NUMBER, true);

    warrantService.notifyIce(NUMBER);

    List<IceNotification> sent = notifications.findByWarrant(stored(NUMBER));
    assertThat(sent).singleElement().satisfies(n -> {
      assertThat(n.getRecipientGroup()).isEqualTo("fo-nol-ero");
      assertThat(n.getSubject()).isEqualTo("Warrant ICE-I200-0001 served on Juan Example at " + JAIL
          + "; the person claims US citizenship");
    });
  }

  @Test
  void theNotificationOfALongNameAtALongJailNameIsStillWritten() {
    String jail = "East Baton Rouge Parish Sheriff's Office Prison Intake and Booking Facility";
    String name = "Maria Guadalupe Hernandez Rodriguez de la Santisima Trinidad y Montenegro Villalobos";
    operational(ORI, DEMO, jail, DANA);
    warrantService.lodge(new LodgedWarrant(ORI, jail, name, "BK-2026-0042", "I-200", NUMBER, ISSUED_ON,
        "SDDO Pat Smith", RELEASE_AT), ERO);
    warrantService.verifyPartnership(NUMBER);
    warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, false, null, true));

    warrantService.notifyIce(NUMBER);

    List<IceNotification> sent = notifications.findByWarrant(stored(NUMBER));
    assertThat(sent).singleElement().satisfies(n -> {
      assertThat(n.getRecipientGroup()).isEqualTo("fo-nol-ero");
      assertThat(n.getSubject()).contains("claims US citizenship");
    });
  }

  @Test
  void noNotificationBeforeServiceAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.notifyIce(NUMBER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Warrant ICE-I200-0001 is not served yet.");

    assertThat(warrantRows()).isEqualTo(before);
  }

  @Test
  void escalatingAClaimNobodyPickedUpRecordsWhen() {
    operational();
    served(NUMBER, true);
    clock.set("2026-03-20T16:00:00Z");

    warrantService.escalateClaim(NUMBER);

    CitizenshipClaimReview review = claimReviews.findByWarrant(stored(NUMBER)).orElseThrow();
    assertThat(review.getEscalatedAt()).isEqualTo(Instant.parse("2026-03-20T16:00:00Z"));
    assertThat(review.getDecision()).isNull();
    assertThat(review.getReviewedBy()).isNull();
    assertThat(rows("citizenship_claim_review")).isEqualTo(1);
  }

  @Test
  void reviewingTheClaimAfterTheEscalationKeepsTheEscalationOnTheSameRecord() {
    operational();
    served(NUMBER, true);
    clock.set("2026-03-20T16:00:00Z");
    warrantService.escalateClaim(NUMBER);
    clock.set("2026-03-20T16:40:00Z");

    warrantService.reviewClaim(NUMBER, CitizenshipClaimReview.Decision.UNSUBSTANTIATED,
        "  Checked CIS and birth records  ", "nol.director");

    CitizenshipClaimReview review = claimReviews.findByWarrant(stored(NUMBER)).orElseThrow();
    assertThat(review.getEscalatedAt()).isEqualTo(Instant.parse("2026-03-20T16:00:00Z"));
    assertThat(review.getDecision()).isEqualTo(CitizenshipClaimReview.Decision.UNSUBSTANTIATED);
    assertThat(review.getNotes()).isEqualTo("Checked CIS and birth records");
    assertThat(review.getReviewedBy()).isEqualTo("nol.director");
    assertThat(review.getReviewedAt()).isEqualTo(Instant.parse("2026-03-20T16:40:00Z"));
    assertThat(rows("citizenship_claim_review")).isEqualTo(1);
  }

  @Test
  void reviewingTheClaimWithinTheHourRecordsTheDecisionWithoutEscalation() {
    operational();
    served(NUMBER, true);

    warrantService.reviewClaim(NUMBER, CitizenshipClaimReview.Decision.SUBSTANTIATED, "US passport verified", ERO);

    CitizenshipClaimReview review = claimReviews.findByWarrant(stored(NUMBER)).orElseThrow();
    assertThat(review.getEscalatedAt()).isNull();
    assertThat(review.getDecision()).isEqualTo(CitizenshipClaimReview.Decision.SUBSTANTIATED);
    assertThat(review.getReviewedBy()).isEqualTo(ERO);
    assertThat(review.getReviewedAt()).isEqualTo(TestClock.NOW);
  }

  @Test
  void reviewingTheClaimWithoutNotesIsRefusedAndNothingIsWritten() {
    operational();
    served(NUMBER, true);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.reviewClaim(NUMBER, CitizenshipClaimReview.Decision.UNSUBSTANTIATED, " ",
        ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "citizenshipClaimNotes"))
        .hasMessage("Record what was checked to decide on the claim.");

    assertThat(warrantRows()).isEqualTo(before);
    assertThat(claimReviews.findByWarrant(stored(NUMBER))).isEmpty();
  }

  @Test
  void reviewingAnEscalatedClaimWithoutNotesLeavesTheEscalationUndecided() {
    operational();
    served(NUMBER, true);
    warrantService.escalateClaim(NUMBER);
    flushAndClear();

    assertThatThrownBy(() -> warrantService.reviewClaim(NUMBER, CitizenshipClaimReview.Decision.UNSUBSTANTIATED, null,
        ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "citizenshipClaimNotes"));

    CitizenshipClaimReview review = claimReviews.findByWarrant(stored(NUMBER)).orElseThrow();
    assertThat(review.getDecision()).isNull();
    assertThat(review.getNotes()).isNull();
    assertThat(review.getEscalatedAt()).isEqualTo(TestClock.NOW);
  }

  // ---------------------------------------------------------------- custody: rule 5

  @Test
  void custodyAssumedWithinTheFortyEightHoursIsRecordedAsTransferred() {
    operational();
    served(NUMBER);
    clock.set("2026-03-21T10:00:00Z");

    warrantService.assumeCustody(NUMBER, Instant.parse("2026-03-21T09:30:00Z"), ERO);

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.TRANSFERRED);
    assertThat(warrant.getStatusReason()).isNull();
    assertThat(warrant.getClosedAt()).isEqualTo(Instant.parse("2026-03-21T10:00:00Z"));
    CustodyOutcome outcome = outcomes.findByWarrant(warrant).orElseThrow();
    assertThat(outcome.getOutcome()).isEqualTo(CustodyOutcome.Outcome.TRANSFERRED);
    assertThat(outcome.getOccurredAt()).isEqualTo(Instant.parse("2026-03-21T09:30:00Z"));
    assertThat(outcome.getReason()).isNull();
    assertThat(outcome.getRecordedBy()).isEqualTo(ERO);
    assertThat(outcome.getRecordedAt()).isEqualTo(Instant.parse("2026-03-21T10:00:00Z"));
    assertThat(rows("custody_outcome")).isEqualTo(1);
  }

  @Test
  void theOfficerWhoServedMayNotAssumeCustodyOfTheSamePersonAndNothingIsWritten() {
    operational();
    served(NUMBER);
    clock.set("2026-03-21T10:00:00Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.assumeCustody(NUMBER, Instant.parse("2026-03-21T09:30:00Z"), DANA))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessage("dana.officer served this warrant on 2026-03-20T14:00:00Z and may not also assume custody of the"
            + " same person: another ERO officer records the custody.");

    assertThat(warrantRows()).isEqualTo(before);
    stillServed(NUMBER);
    warrantService.assumeCustody(NUMBER, Instant.parse("2026-03-21T09:30:00Z"), ERO);
    assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.TRANSFERRED);
  }

  @Test
  void custodyRecordedOnceTheFortyEightHoursArePastIsRefusedEvenIfDatedBeforeTheDeadline() {
    operational();
    served(NUMBER);
    clock.set("2026-03-22T14:00:01Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.assumeCustody(NUMBER, Instant.parse("2026-03-22T13:00:00Z"), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "custodyAssumedAt"))
        .hasMessage("The 48 hours after service ended at 2026-03-22T14:00:00Z: custody can no longer be recorded,"
            + " the person must be released.");

    assertThat(warrantRows()).isEqualTo(before);
    stillServed(NUMBER);
  }

  @Test
  void custodyAssumedBeforeTheServiceIsRefusedAndNothingIsWritten() {
    operational();
    served(NUMBER);
    clock.set("2026-03-21T10:00:00Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.assumeCustody(NUMBER, Instant.parse("2026-03-20T13:59:00Z"), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "custodyAssumedAt"))
        .hasMessage("Custody cannot be assumed before the warrant was served (2026-03-20T14:00:00Z).");

    assertThat(warrantRows()).isEqualTo(before);
    stillServed(NUMBER);
  }

  @Test
  void custodyAssumedInTheFutureIsRefusedAndNothingIsWritten() {
    operational();
    served(NUMBER);
    clock.set("2026-03-21T10:00:00Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.assumeCustody(NUMBER, Instant.parse("2026-03-21T11:00:00Z"), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "custodyAssumedAt"))
        .hasMessage("The time custody was assumed is required and cannot be in the future.");

    assertThat(warrantRows()).isEqualTo(before);
    stillServed(NUMBER);
  }

  @Test
  void custodyWithoutATimeIsRefusedAndNothingIsWritten() {
    operational();
    served(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.assumeCustody(NUMBER, null, ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "custodyAssumedAt"));

    assertThat(warrantRows()).isEqualTo(before);
    stillServed(NUMBER);
  }

  @Test
  void custodyOfAWarrantNotYetServedIsRefused() {
    operational();
    verified(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.assumeCustody(NUMBER, TestClock.NOW, ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"))
        .hasMessage("Warrant ICE-I200-0001 is LODGED, not SERVED.");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void custodyAfterTheReleaseIsRefusedAndTheReleaseStands() {
    operational();
    served(NUMBER);
    clock.set("2026-03-22T14:05:00Z");
    warrantService.release(NUMBER, Instant.parse("2026-03-22T14:02:00Z"), "48 hours passed", "demo.sheriff");
    flushAndClear();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.assumeCustody(NUMBER, Instant.parse("2026-03-22T13:00:00Z"), ERO))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"));

    assertThat(warrantRows()).isEqualTo(before);
    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.RELEASED);
    assertThat(outcomes.findByWarrant(warrant).orElseThrow().getOutcome()).isEqualTo(CustodyOutcome.Outcome.RELEASED);
  }

  // ---------------------------------------------------------------- release

  @Test
  void releaseAfterTheFortyEightHoursIsRecordedWithTheReason() {
    operational();
    served(NUMBER);
    clock.set("2026-03-22T14:10:00Z");

    warrantService.release(NUMBER, Instant.parse("2026-03-22T14:05:00Z"), "48 hours after service", "demo.sheriff");

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.RELEASED);
    assertThat(warrant.getStatusReason()).isEqualTo("48 hours after service");
    assertThat(warrant.getClosedAt()).isEqualTo(Instant.parse("2026-03-22T14:10:00Z"));
    CustodyOutcome outcome = outcomes.findByWarrant(warrant).orElseThrow();
    assertThat(outcome.getOutcome()).isEqualTo(CustodyOutcome.Outcome.RELEASED);
    assertThat(outcome.getOccurredAt()).isEqualTo(Instant.parse("2026-03-22T14:05:00Z"));
    assertThat(outcome.getReason()).isEqualTo("48 hours after service");
    assertThat(outcome.getRecordedBy()).isEqualTo("demo.sheriff");
    assertThat(outcome.getRecordedAt()).isEqualTo(Instant.parse("2026-03-22T14:10:00Z"));
  }

  @Test
  void releaseAfterAnUpheldCitizenshipClaimIsRecordedBeforeTheDeadline() {
    operational();
    served(NUMBER, true);
    warrantService.reviewClaim(NUMBER, CitizenshipClaimReview.Decision.SUBSTANTIATED, "US passport verified", ERO);
    clock.set("2026-03-20T17:00:00Z");

    warrantService.release(NUMBER, Instant.parse("2026-03-20T16:30:00Z"), "Citizenship claim substantiated", ERO);

    Warrant warrant = stored(NUMBER);
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.RELEASED);
    assertThat(outcomes.findByWarrant(warrant).orElseThrow().getReason()).isEqualTo("Citizenship claim substantiated");
  }

  @Test
  void aReleaseInTheFutureIsRefusedAndNothingIsWritten() {
    operational();
    served(NUMBER);
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.release(NUMBER, TestClock.NOW.plusSeconds(60), "48 hours", "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "releasedAt"));

    assertThat(warrantRows()).isEqualTo(before);
    stillServed(NUMBER);
  }

  @Test
  void releaseOfAWarrantInIceCustodyIsRefused() {
    operational();
    served(NUMBER);
    warrantService.assumeCustody(NUMBER, TestClock.NOW, ERO);
    flushAndClear();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.release(NUMBER, TestClock.NOW, "48 hours", "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"));

    assertThat(warrantRows()).isEqualTo(before);
    assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.TRANSFERRED);
  }

  // ---------------------------------------------------------------- rule 12: released because not served in time

  @Test
  void aWarrantNobodyServedIsReleasedUnservedWithTheReasonWhoAndWhen() {
    operational();
    verified(NUMBER);
    clock.set("2026-03-20T16:05:00Z");
    List<Integer> before = warrantRows();

    warrantService.releaseUnserved(NUMBER, Instant.parse("2026-03-20T16:01:00Z"), "  Released on bond per agency policy  ",
        "demo.sheriff");

    Warrant warrant = stored(NUMBER);
    String reason = "Not served within 2 hours after the scheduled release: released under the agency's own rules"
        + " (Released on bond per agency policy)";
    assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.RELEASED_UNSERVED);
    assertThat(warrant.getStatusReason()).isEqualTo(reason);
    assertThat(warrant.getClosedAt()).isEqualTo(Instant.parse("2026-03-20T16:05:00Z"));
    CustodyOutcome outcome = outcomes.findByWarrant(warrant).orElseThrow();
    assertThat(outcome.getOutcome()).isEqualTo(CustodyOutcome.Outcome.RELEASED_UNSERVED);
    assertThat(outcome.getOccurredAt()).isEqualTo(Instant.parse("2026-03-20T16:01:00Z"));
    assertThat(outcome.getReason()).isEqualTo(reason);
    assertThat(outcome.getRecordedBy()).isEqualTo("demo.sheriff");
    assertThat(outcome.getRecordedAt()).isEqualTo(Instant.parse("2026-03-20T16:05:00Z"));
    assertThat(jdbc.queryForObject("select status from warrant where number = ?", String.class, NUMBER))
        .isEqualTo("RELEASED_UNSERVED");
    assertThat(warrantRows()).isEqualTo(List.of(before.get(0), before.get(1), before.get(2), before.get(3),
        before.get(4) + 1));
  }

  @Test
  void anUnservedReleaseWithoutNotesSaysWhyAllTheSame() {
    operational();
    verified(NUMBER);
    clock.set("2026-03-20T16:05:00Z");

    warrantService.releaseUnserved(NUMBER, Instant.parse("2026-03-20T14:00:00Z"), " ", "demo.sheriff");

    assertThat(stored(NUMBER).getStatusReason())
        .isEqualTo("Not served within 2 hours after the scheduled release: released under the agency's own rules");
  }

  @Test
  void anUnservedReleaseInTheFutureOrWithoutATimeIsRefusedAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    clock.set("2026-03-20T16:05:00Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.releaseUnserved(NUMBER, Instant.parse("2026-03-20T16:05:01Z"), null,
        "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "releasedAt"))
        .hasMessage("The time of release is required and cannot be in the future.");
    assertThatThrownBy(() -> warrantService.releaseUnserved(NUMBER, null, null, "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "releasedAt"));

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void anUnservedReleaseBeforeTheServiceWindowOpenedIsRefusedAndNothingIsWritten() {
    operational();
    verified(NUMBER);
    clock.set("2026-03-20T16:05:00Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.releaseUnserved(NUMBER, Instant.parse("2026-03-20T11:59:00Z"), null,
        "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "releasedAt"))
        .hasMessage("The person was due for release at 2026-03-20T14:00:00Z: the release cannot be before"
            + " 2026-03-20T12:00:00Z.");

    assertThat(warrantRows()).isEqualTo(before);
    stillLodged(NUMBER);
  }

  @Test
  void unservedReleaseNotesLongerThanTheLimitAreRefused() {
    operational();
    verified(NUMBER);
    clock.set("2026-03-20T16:05:00Z");

    assertThatThrownBy(() -> warrantService.releaseUnserved(NUMBER, Instant.parse("2026-03-20T16:01:00Z"),
        "x".repeat(WarrantService.MAX_REASON + 1), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "releaseNotes"));

    stillLodged(NUMBER);
  }

  @Test
  void aServedWarrantCannotBeReleasedAsUnservedAndTheServiceStands() {
    operational();
    served(NUMBER);
    clock.set("2026-03-20T16:05:00Z");
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.releaseUnserved(NUMBER, Instant.parse("2026-03-20T16:01:00Z"), null,
        "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"))
        .hasMessage("Warrant ICE-I200-0001 is SERVED, not LODGED.");

    assertThat(warrantRows()).isEqualTo(before);
    stillServed(NUMBER);
  }

  @Test
  void aWarrantReleasedUnservedCannotBeServedAfterwards() {
    operational();
    verified(NUMBER);
    warrantService.releaseUnserved(NUMBER, Instant.parse("2026-03-20T14:30:00Z"), null, "demo.sheriff");
    flushAndClear();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"))
        .hasMessage("Warrant ICE-I200-0001 is RELEASED_UNSERVED, not LODGED.");

    assertThat(warrantRows()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- rule 6: the agreement ends

  @Test
  void whenTheAgreementEndsOnlyTheAgencysLodgedWarrantsStopWithTheReason() {
    String application = operational();
    operational(OTHER_ORI, OTHER, OTHER_JAIL, "otto.other");
    verified("ICE-LODGED-1");
    lodged("ICE-LODGED-2");
    served("ICE-SERVED-1");
    verified("ICE-CANCELLED-1");
    warrantService.cancel("ICE-CANCELLED-1", "Warrant withdrawn", ERO);
    warrantService.lodge(warrant("ICE-OTHER-1", OTHER_ORI, OTHER_JAIL, "I-205"), ERO);
    participation.recordNotice(application, new Notice("ICE", Notice.TERMINATION, "Misuse of authority", true), "hq.analyst");
    clock.set("2026-03-21T09:30:00Z");
    participation.endAgreement(application);
    AgreementEnded ended = events.stream(AgreementEnded.class).reduce((first, second) -> second).orElseThrow();

    List<String> stopped = warrantService.stopUnserved(ended.agencyId(), ended.reason());

    assertThat(stopped).containsExactlyInAnyOrder("ICE-LODGED-1", "ICE-LODGED-2");
    for (String number : stopped) {
      Warrant warrant = stored(number);
      assertThat(warrant.getStatus()).isEqualTo(WarrantStatus.STOPPED);
      assertThat(warrant.getStatusReason()).isEqualTo("MOA terminated on notice from ICE: Misuse of authority");
      assertThat(warrant.getClosedAt()).isEqualTo(Instant.parse("2026-03-21T09:30:00Z"));
    }
    // a served warrant keeps its custody window; a closed one stays closed; another agency's goes on
    Warrant served = stored("ICE-SERVED-1");
    assertThat(served.getStatus()).isEqualTo(WarrantStatus.SERVED);
    assertThat(services.findByWarrant(served).orElseThrow().getCustodyDeadline()).isEqualTo(DEADLINE);
    assertThat(stored("ICE-CANCELLED-1").getStatus()).isEqualTo(WarrantStatus.CANCELLED);
    assertThat(stored("ICE-CANCELLED-1").getStatusReason()).isEqualTo("Warrant withdrawn (by nol.ero)");
    stillLodged("ICE-OTHER-1");
  }

  @Test
  void anAgencyWithNothingLodgedStopsNothing() {
    String application = operational();
    served(NUMBER);
    participation.suspend(application, participation.recordNotice(application, new Notice("LEA", Notice.SUSPENSION, "Jail renovation", true), "hq.analyst").getId());
    AgreementSuspended ended = events.stream(AgreementSuspended.class).reduce((first, second) -> second).orElseThrow();
    List<Integer> before = warrantRows();

    List<String> stopped = warrantService.stopUnserved(ended.agencyId(), ended.reason());

    assertThat(stopped).isEmpty();
    assertThat(warrantRows()).isEqualTo(before);
    stillServed(NUMBER);
  }

  @Test
  void aStoppedWarrantCannotBeServedAfterwards() {
    String application = operational();
    verified(NUMBER);
    participation.recordNotice(application, new Notice("ICE", Notice.TERMINATION, "Misuse of authority", true), "hq.analyst");
    participation.endAgreement(application);
    AgreementEnded ended = events.stream(AgreementEnded.class).reduce((first, second) -> second).orElseThrow();
    warrantService.stopUnserved(ended.agencyId(), ended.reason());
    flushAndClear();
    List<Integer> before = warrantRows();

    assertThatThrownBy(() -> warrantService.serve(NUMBER, new Served(DANA, SERVED_AT, false, null, false)))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "warrantNumber"))
        .hasMessage("Warrant ICE-I200-0001 is STOPPED, not LODGED.");

    assertThat(warrantRows()).isEqualTo(before);
    assertThat(stored(NUMBER).getStatus()).isEqualTo(WarrantStatus.STOPPED);
  }
}
