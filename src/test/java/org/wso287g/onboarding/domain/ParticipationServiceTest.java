package org.wso287g.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Instructors;
import org.wso287g.vetting.domain.OfficerAccounts;
import org.wso287g.vetting.domain.VettingService;

/**
 * The participation path's rules (Process 1, steps 1 to 3 and 6) on the real tables (Flyway on an
 * embedded H2), without the engine. Each test runs in a transaction that is rolled back afterwards.
 *
 * <p>Time line of the fixtures: letter dated 27 Feb 2026, registered 2 Mar, approved 5 Mar, agency
 * signs on 10 Mar, ICE on 12 Mar; "today" is 20 Mar 2026 (UTC).
 */
@DataJpaTest
@Import({FieldOfficeCalendar.class, ParticipationService.class, VettingService.class, ProgramParameters.class, TestClock.Config.class})
class ParticipationServiceTest {


  static final String ORI = "LA0990000";
  static final LocalDate LETTER_DATE = LocalDate.of(2026, 2, 27);
  static final String REGISTERED_AT = "2026-03-02T15:00:00Z";
  static final String APPROVED_AT = "2026-03-05T15:00:00Z";
  static final LocalDate APPROVED_ON = LocalDate.of(2026, 3, 5);
  static final LocalDate LEA_SIGNED_ON = LocalDate.of(2026, 3, 10);
  static final LocalDate ICE_SIGNED_ON = LocalDate.of(2026, 3, 12);
  static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired ParticipationService participation;
  @Autowired AgencyRepository agencies;
  @Autowired ApplicationRepository applications;
  @Autowired MoaRepository moas;
  @Autowired OversightReviewRepository oversightReviews;
  @Autowired TestClock clock;
  @Autowired TestEntityManager em;

  @BeforeEach
  void today() {
    clock.reset();
  }

  /** A sequence is outside the transaction that each test rolls back: every test counts from 1. */
  @BeforeEach
  void numbersFromOne() {
    restartNumbersAt(1);
  }

  private void restartNumbersAt(long next) {
    em.getEntityManager().createNativeQuery("alter sequence application_number_seq restart with " + next)
        .executeUpdate();
  }

  // ---------------------------------------------------------------- fixtures, through the service

  static LetterOfInterest letter(String ori, String state, String fieldOffice) {
    return new LetterOfInterest("Demo Parish Sheriff's Office", ori, state, "Demo Parish",
        "Demo Parish Correctional Center", fieldOffice, 12, LETTER_DATE, "Jane Roe", "jane.roe@demoparish.example.gov");
  }

  private String registered(String ori) {
    clock.set(REGISTERED_AT);
    String number = participation.register(letter(ori, ori.substring(0, 2), "NOL"), "nol.director").getNumber();
    clock.reset();
    return number;
  }

  private String approved(String ori) {
    String number = registered(ori);
    clock.set(APPROVED_AT);
    participation.recordReview(number, ReviewDecision.APPROVED, null, "hq.analyst");
    clock.reset();
    return number;
  }

  private String drafted(String ori) {
    String number = approved(ori);
    participation.recordMoaDraft(number, "WSO-2025-01", "Fred Contact", "fred.contact@ice.example.gov", "hq.analyst");
    return number;
  }

  private String signedByAgency(String ori) {
    String number = drafted(ori);
    participation.recordAgencySignature(number, "John Sheriff", "Sheriff", LEA_SIGNED_ON, "demo.sheriff");
    return number;
  }

  private String active(String ori) {
    String number = signedByAgency(ori);
    participation.activateMoa(number, "Ida Signatory", ICE_SIGNED_ON, "ice.signatory");
    return number;
  }

  /** Writes what the service changed and forgets it, so the assertions read the tables. */
  private void flushAndClear() {
    em.flush();
    em.clear();
  }

  private Application application(String number) {
    flushAndClear();
    return applications.findByNumber(number).orElseThrow();
  }

  private Agency agency(String ori) {
    flushAndClear();
    return agencies.findByOri(ori).orElseThrow();
  }

  private Moa moa(String number) {
    Application application = application(number);
    return moas.findByApplication(application).orElseThrow();
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  // ---------------------------------------------------------------- step 1: letter of interest

  @Test
  void registeringALetterRecordsTheAgencyAndTheApplicationUnderTheFirstNumberOfTheYear() {
    long agenciesBefore = agencies.count();
    clock.set(REGISTERED_AT);

    Application registered = participation.register(letter("la0990000", "la", "nol"), "nol.director");

    assertThat(registered.getNumber()).isEqualTo("WSO-2026-0001");
    assertThat(agencies.count()).isEqualTo(agenciesBefore + 1);
    Application application = application("WSO-2026-0001");
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    assertThat(application.getRequestedOfficerCount()).isEqualTo(12);
    assertThat(application.getLetterDate()).isEqualTo(LETTER_DATE);
    assertThat(application.getContactName()).isEqualTo("Jane Roe");
    assertThat(application.getContactEmail()).isEqualTo("jane.roe@demoparish.example.gov");
    assertThat(application.getRegisteredBy()).isEqualTo("nol.director");
    assertThat(application.getRegisteredAt()).isEqualTo(Instant.parse(REGISTERED_AT));
    assertThat(application.getReviewDecision()).isNull();
    assertThat(application.getClosedAt()).isNull();
    Agency agency = application.getAgency();
    assertThat(agency.getOri()).isEqualTo(ORI);
    assertThat(agency.getName()).isEqualTo("Demo Parish Sheriff's Office");
    assertThat(agency.getState()).isEqualTo("LA");
    assertThat(agency.getCounty()).isEqualTo("Demo Parish");
    assertThat(agency.getJailFacilityName()).isEqualTo("Demo Parish Correctional Center");
    assertThat(agency.getFieldOfficeCode()).isEqualTo("NOL");
    assertThat(agency.getStatus()).isEqualTo(AgencyStatus.APPLICANT);
    assertThat(agency.getCreatedAt()).isEqualTo(Instant.parse(REGISTERED_AT));
    assertThat(agency.getOperationalSince()).isNull();
  }

  @Test
  void theNextApplicationOfTheYearGetsTheNextNumber() {
    String first = registered(ORI);
    String second = registered("MS0450000");

    assertThat(first).isEqualTo("WSO-2026-0001");
    assertThat(second).isEqualTo("WSO-2026-0002");
    assertThat(application(second).getAgency().getOri()).isEqualTo("MS0450000");
  }

  @Test
  void aLetterOfAnAgencyImportedWithoutOriFillsInItsOriInsteadOfCreatingASecondAgency() {
    Agency imported = agencies.save(new Agency(null, "Demo Parish Sheriff’s Office ", "LA", "Demo Parish", null, "NOL",
        Instant.parse("2025-07-19T12:00:00Z")));
    long agenciesBefore = agencies.count();

    Application application = participation.register(letter(ORI, "LA", "NOL"), "nol.director");

    assertThat(application.getAgency().getId()).isEqualTo(imported.getId());
    assertThat(agencies.count()).isEqualTo(agenciesBefore);
    assertThat(imported.getOri()).isEqualTo(ORI);
    assertThat(imported.getName()).isEqualTo("Demo Parish Sheriff's Office");
    assertThat(imported.getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void anAgencyOfTheSameNameInAnotherStateOrWithAnotherOriIsNotLinked() {
    agencies.save(new Agency(null, "Demo Parish Sheriff's Office", "MS", null, null, "NOL", Instant.parse(REGISTERED_AT)));
    agencies.save(new Agency("LA0990001", "Demo Parish Sheriff's Office", "LA", null, null, "NOL",
        Instant.parse(REGISTERED_AT)));
    long agenciesBefore = agencies.count();

    Application application = participation.register(letter(ORI, "LA", "NOL"), "nol.director");

    assertThat(agencies.count()).isEqualTo(agenciesBefore + 1);
    assertThat(application.getAgency().getOri()).isEqualTo(ORI);
  }

  @Test
  void anActiveAgreementOfAnotherModelDoesNotBlockAWsoLetter() {
    Agency agency = agencies.save(new Agency(null, "Demo Parish Sheriff's Office", "LA", null, null, "NOL",
        Instant.parse(REGISTERED_AT)));
    moas.save(Moa.importedFromIceList(agency, Moa.JEM, LocalDate.of(2020, 5, 1)));

    Application application = participation.register(letter(ORI, "LA", "NOL"), "nol.director");
    assertThat(application.getAgency().getId()).isEqualTo(agency.getId());
  }

  @Test
  void anImportedActiveWsoAgreementIsADuplicate() {
    Agency agency = agencies.save(new Agency(null, "Demo Parish Sheriff's Office", "LA", null, null, "NOL",
        Instant.parse(REGISTERED_AT)));
    moas.save(Moa.importedFromIceList(agency, Moa.WSO, LocalDate.of(2025, 5, 1)));

    assertThatThrownBy(() -> participation.register(letter(ORI, "LA", "NOL"), "nol.director"))
        .isInstanceOf(DuplicateApplication.class)
        .hasMessageContaining("already has an active agreement");
  }

  @Test
  void inANewYearTheNumberTakesTheNewYearAndTheCountRunsOn() {
    registered(ORI);
    clock.set("2027-01-04T15:00:00Z");

    Application next = participation.register(letter("MS0450000", "MS", "NOL"), "nol.director");

    assertThat(next.getNumber()).isEqualTo("WSO-2027-0002");
  }

  @Test
  void afterNumber9999TheNumbersGrowToFiveDigits() {
    restartNumbersAt(9999);

    String last = registered(ORI);
    String next = registered("MS0450000");

    assertThat(last).isEqualTo("WSO-2026-9999");
    assertThat(next).isEqualTo("WSO-2026-10000");
  }

  @Test
  void aSecondLetterWhileTheApplicationIsUnderReviewIsADuplicateAndChangesNothing() {
    String number = registered(ORI);
    long applicationsBefore = applications.count();
    long agenciesBefore = agencies.count();
    LetterOfInterest again = new LetterOfInterest("Renamed Sheriff's Office", "la0990000", "LA", "Other Parish",
        "Other Jail", "NOL", 5, TODAY, "Someone Else", "someone@demoparish.example.gov");

    assertThatThrownBy(() -> participation.register(again, "nol.director"))
        .isInstanceOf(DuplicateApplication.class)
        .hasMessage("The agency with ORI LA0990000 already has an open application; it cannot start another application.");

    assertThat(applications.count()).isEqualTo(applicationsBefore);
    assertThat(agencies.count()).isEqualTo(agenciesBefore);
    Agency agency = agency(ORI);
    assertThat(agency.getName()).isEqualTo("Demo Parish Sheriff's Office");
    assertThat(agency.getCounty()).isEqualTo("Demo Parish");
    assertThat(application(number).getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
  }

  @Test
  void aSecondLetterWhileMoreInformationIsRequestedIsADuplicate() {
    String number = registered(ORI);
    participation.recordReview(number, ReviewDecision.MORE_INFO, "Send the jail's capacity.", "hq.analyst");
    long applicationsBefore = applications.count();

    assertThatThrownBy(() -> participation.register(letter(ORI, "LA", "NOL"), "nol.director"))
        .isInstanceOf(DuplicateApplication.class);

    assertThat(applications.count()).isEqualTo(applicationsBefore);
  }

  @Test
  void aSecondLetterWhileTheApprovedMoaIsBeingSignedIsADuplicate() {
    drafted(ORI);
    long applicationsBefore = applications.count();

    assertThatThrownBy(() -> participation.register(letter(ORI, "LA", "NOL"), "nol.director"))
        .isInstanceOf(DuplicateApplication.class)
        .hasMessageContaining("already has an open application");

    assertThat(applications.count()).isEqualTo(applicationsBefore);
  }

  @Test
  void theDatabaseHoldsOneOpenApplicationPerAgencyWhatTheRuleCheckCouldMiss() {
    String declined = registered(ORI);
    participation.recordReview(declined, ReviewDecision.DECLINED, "No jail in the county.", "hq.analyst");
    String open = registered(ORI);
    flushAndClear();
    assertThat(application(declined).getOpenAgencyId()).isNull();
    assertThat(application(open).getOpenAgencyId()).isEqualTo(agency(ORI).getId());

    // What a second letter sent at the same moment would write: its check saw no open application.
    assertThatThrownBy(() -> em.getEntityManager().createNativeQuery("""
            insert into application (number, agency_id, status, requested_officer_count, letter_date, contact_name,
              contact_email, registered_by, registered_at, open_agency_id)
            select 'WSO-2026-0999', agency_id, status, requested_officer_count, letter_date, contact_name,
              contact_email, registered_by, registered_at, open_agency_id
            from application where number = ?1""").setParameter(1, open).executeUpdate())
        .satisfies(refused -> assertThat(refused).hasRootCauseInstanceOf(java.sql.SQLException.class)
            .rootCause().hasFieldOrPropertyWithValue("SQLState", "23505"));
  }

  @Test
  void afterADeclineTheAgencyMayApplyAgain() {
    String first = registered(ORI);
    participation.recordReview(first, ReviewDecision.DECLINED, "No jail in the county.", "hq.analyst");
    assertThat(agency(ORI).getStatus()).isEqualTo(AgencyStatus.PROSPECT);
    long agenciesBefore = agencies.count();

    Application second = participation.register(letter(ORI, "LA", "NOL"), "nol.director");

    assertThat(second.getNumber()).isEqualTo("WSO-2026-0002");
    assertThat(agencies.count()).isEqualTo(agenciesBefore);
    assertThat(application("WSO-2026-0002").getAgency().getId()).isEqualTo(application(first).getAgency().getId());
    assertThat(application(first).getStatus()).isEqualTo(ApplicationStatus.DECLINED);
    assertThat(agency(ORI).getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void afterAWithdrawalTheAgencyMayApplyAgain() {
    String first = registered(ORI);
    participation.recordReview(first, ReviewDecision.MORE_INFO, "Send the jail's capacity.", "hq.analyst");
    participation.withdraw(first);

    Application second = participation.register(letter(ORI, "LA", "NOL"), "nol.director");

    assertThat(second.getNumber()).isEqualTo("WSO-2026-0002");
    assertThat(application(first).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(application(first).getClosedAt()).isEqualTo(TestClock.NOW);
    assertThat(agency(ORI).getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void anAgencyWithAnActiveMoaCannotApplyAgainEvenWithoutAnOpenApplication() {
    // An ACTIVE MOA whose application is no longer open: the real case is an imported agreement; here the
    // application's status is closed behind the service's back.
    String number = active(ORI);
    em.getEntityManager().createNativeQuery("update application set status = 'AGREEMENT_ENDED' where number = ?1")
        .setParameter(1, number).executeUpdate();
    flushAndClear();
    long applicationsBefore = applications.count();

    assertThatThrownBy(() -> participation.register(letter(ORI, "LA", "NOL"), "nol.director"))
        .isInstanceOf(DuplicateApplication.class)
        .hasMessage("The agency with ORI LA0990000 already has an active agreement; it cannot start another application.");

    assertThat(applications.count()).isEqualTo(applicationsBefore);
    assertThat(agency(ORI).getStatus()).isEqualTo(AgencyStatus.MOA_ACTIVE);
  }

  @Test
  void aFieldOfficeThatDoesNotServeTheStateIsRefused() {
    long agenciesBefore = agencies.count();
    long applicationsBefore = applications.count();

    assertThatThrownBy(() -> participation.register(letter(ORI, "LA", "ATL"), "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "fieldOfficeCode");
          assertThat(e).hasMessage("The Atlanta field office does not serve LA; it serves GA, NC, SC.");
        });

    assertThat(agencies.count()).isEqualTo(agenciesBefore);
    assertThat(applications.count()).isEqualTo(applicationsBefore);
    assertThat(agencies.findByOri(ORI)).isEmpty();
  }

  @Test
  void oneOfSeveralOfficesOfAStateIsAccepted() {
    Application application = participation.register(letter("TX2270000", "TX", "SNA"), "hq.analyst");

    assertThat(application(application.getNumber()).getAgency().getFieldOfficeCode()).isEqualTo("SNA");
  }

  @Test
  void anUnknownFieldOfficeCodeIsRefused() {
    long applicationsBefore = applications.count();

    assertThatThrownBy(() -> participation.register(letter(ORI, "LA", "xyz"), "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "fieldOfficeCode");
          assertThat(e).hasMessage("'XYZ' is not an ERO field office code.");
        });

    assertThat(applications.count()).isEqualTo(applicationsBefore);
    assertThat(agencies.findByOri(ORI)).isEmpty();
  }

  @Test
  void aMissingFieldOfficeAndStateAreRefused() {
    LetterOfInterest letter = new LetterOfInterest("Demo SO", ORI, null, "Demo Parish", "Demo Jail", null, 12,
        LETTER_DATE, "Jane Roe", "jane@demo.example.gov");

    assertThatThrownBy(() -> participation.register(letter, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "agencyState", "fieldOfficeCode"));

    LetterOfInterest noState = new LetterOfInterest("Demo SO", ORI, " ", "Demo Parish", "Demo Jail", "NOL", 12,
        LETTER_DATE, "Jane Roe", "jane@demo.example.gov");
    assertThatThrownBy(() -> participation.register(noState, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).problems()).extracting(Problem::field)
            .contains("agencyState"));
    assertThat(agencies.findByOri(ORI)).isEmpty();
  }

  @Test
  void aBadLetterIsRefusedWithEveryFieldTogetherWithTheFieldOfficeAndNothingIsRecorded() {
    long applicationsBefore = applications.count();
    long agenciesBefore = agencies.count();
    LetterOfInterest letter = new LetterOfInterest(" ", ORI, "LA", "Demo Parish", "Demo Jail", "ATL", 201,
        TODAY.plusDays(1), "Jane Roe", "jane");

    assertThatThrownBy(() -> participation.register(letter, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "agencyName", "requestedOfficerCount", "letterDate", "contactEmail",
            "fieldOfficeCode"));

    assertThat(applications.count()).isEqualTo(applicationsBefore);
    assertThat(agencies.count()).isEqualTo(agenciesBefore);
  }

  @Test
  void aLetterDatedTodayOnTheServiceClockIsAccepted() {
    LetterOfInterest letter = new LetterOfInterest("Demo SO", ORI, "LA", "Demo Parish", "Demo Jail", "NOL", 1, TODAY,
        "Jane Roe", "jane@demo.example.gov");

    assertThat(participation.register(letter, "nol.director").getNumber()).isEqualTo("WSO-2026-0001");
  }

  @Test
  void aLetterDatedAfterTheServiceClocksTodayIsRefused() {
    clock.set(REGISTERED_AT);
    LetterOfInterest letter = new LetterOfInterest("Demo SO", ORI, "LA", "Demo Parish", "Demo Jail", "NOL", 1,
        LocalDate.of(2026, 3, 3), "Jane Roe", "jane@demo.example.gov");

    assertThatThrownBy(() -> participation.register(letter, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "letterDate"));
    assertThat(agencies.findByOri(ORI)).isEmpty();
  }

  // Rule 11: "today" is the day where the agency's field office works, not the server's (UTC here).

  @Test
  void aSheriffInGuamMayDateTheLetterTodayAtEightInTheMorningLocalTime() {
    clock.set("2026-03-19T22:00:00Z"); // 08:00 on 20 March in Guam; still 19 March in UTC
    LetterOfInterest letter = new LetterOfInterest("Guam Department of Corrections", "GU0010000", "GU", "Guam",
        "Guam Adult Correctional Facility", "SFR", 1, TODAY, "Jane Roe", "jane@guam.example.gov");

    assertThat(participation.register(letter, "sfr.director").getLetterDate()).isEqualTo(TODAY);
  }

  @Test
  void aCaliforniaAgencyOfTheSameFieldOfficeIsJudgedInCaliforniaTime() {
    clock.set("2026-03-19T22:00:00Z"); // 15:00 on 19 March in California, 08:00 on 20 March in Guam
    LetterOfInterest letter = new LetterOfInterest("Demo County Sheriff", "CA0010000", "CA", "Demo County",
        "Demo County Jail", "SFR", 1, TODAY, "Jane Roe", "jane@demo-ca.example.gov");

    assertThatThrownBy(() -> participation.register(letter, "sfr.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "letterDate"));
  }

  @Test
  void aLetterDatedTomorrowInChicagoIsRefusedAtEightInTheEveningThoughItIsTodayInUtc() {
    clock.set("2026-03-21T01:00:00Z"); // 20:00 on 20 March in New Orleans's zone (CDT), 21 March in UTC
    LetterOfInterest tomorrow = new LetterOfInterest("Demo SO", ORI, "LA", "Demo Parish", "Demo Jail", "NOL", 1,
        TODAY.plusDays(1), "Jane Roe", "jane@demo.example.gov");
    LetterOfInterest today = new LetterOfInterest("Demo SO", ORI, "LA", "Demo Parish", "Demo Jail", "NOL", 1,
        TODAY, "Jane Roe", "jane@demo.example.gov");

    assertThatThrownBy(() -> participation.register(tomorrow, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "letterDate"));
    assertThat(agencies.findByOri(ORI)).isEmpty();
    assertThat(participation.register(today, "nol.director").getLetterDate()).isEqualTo(TODAY);
  }

  @Test
  void aSignatureDatedTomorrowInChicagoIsRefusedInTheEveningAndTheApprovalDayIsChicagos() {
    clock.set(REGISTERED_AT);
    String number = participation.register(letter(ORI, "LA", "NOL"), "nol.director").getNumber();
    clock.set("2026-03-06T03:00:00Z"); // approved at 21:00 on 5 March in New Orleans (CST), 6 March in UTC
    participation.recordReview(number, ReviewDecision.APPROVED, null, "hq.analyst");
    participation.recordMoaDraft(number, "WSO-2025-01", "Fred Contact", "fred.contact@ice.example.gov", "hq.analyst");
    clock.set("2026-03-21T01:00:00Z"); // 20:00 on 20 March in New Orleans

    assertThatThrownBy(() -> participation.recordAgencySignature(number, "John Sheriff", "Sheriff", TODAY.plusDays(1),
        "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .hasMessage("A signature cannot be dated in the future (2026-03-21 is after today, 2026-03-20).");
    participation.recordAgencySignature(number, "John Sheriff", "Sheriff", APPROVED_ON, "demo.sheriff");
    assertThat(moa(number).getLeaSignedOn()).as("signed on the day of the approval, in New Orleans").isEqualTo(APPROVED_ON);
  }

  @Test
  void anUnknownApplicationNumberIsAnError() {
    assertThatThrownBy(() -> participation.application("WSO-2026-9999"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No application WSO-2026-9999 is on record.");
  }

  // ---------------------------------------------------------------- step 2: review

  @Test
  void anApprovalNeedsNoCommentAndRecordsWhoAndWhen() {
    String number = registered(ORI);
    clock.set(APPROVED_AT);

    participation.recordReview(number, ReviewDecision.APPROVED, null, "hq.analyst");

    Application application = application(number);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(application.getReviewDecision()).isEqualTo(ReviewDecision.APPROVED);
    assertThat(application.getReviewComment()).isNull();
    assertThat(application.getReviewedBy()).isEqualTo("hq.analyst");
    assertThat(application.getReviewedAt()).isEqualTo(Instant.parse(APPROVED_AT));
    assertThat(application.getClosedAt()).isNull();
    assertThat(application.getAgency().getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void aDeclineWithoutACommentIsRefused() {
    String number = registered(ORI);

    assertThatThrownBy(() -> participation.recordReview(number, ReviewDecision.DECLINED, "  ", "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "reviewComment");
          assertThat(e.getMessage()).startsWith("Say why the request is declined");
        });

    Application application = application(number);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    assertThat(application.getReviewDecision()).isNull();
    assertThat(application.getReviewedBy()).isNull();
  }

  @Test
  void aRequestForMoreInformationWithoutACommentIsRefused() {
    String number = registered(ORI);

    assertThatThrownBy(() -> participation.recordReview(number, ReviewDecision.MORE_INFO, null, "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "reviewComment");
          assertThat(e.getMessage()).startsWith("Say what information the agency must provide");
        });

    assertThat(application(number).getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
  }

  @Test
  void aDeclineWithACommentClosesTheApplication() {
    String number = registered(ORI);

    participation.recordReview(number, ReviewDecision.DECLINED, "No jail in the county.", "nol.director");

    Application application = application(number);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DECLINED);
    assertThat(application.getReviewComment()).isEqualTo("No jail in the county.");
    assertThat(application.getReviewedBy()).isEqualTo("nol.director");
    assertThat(application.getClosedAt()).isEqualTo(TestClock.NOW);
    assertThat(application.getAgency().getStatus()).isEqualTo(AgencyStatus.PROSPECT);
  }

  @Test
  void moreInformationAndTheAnswerGoBackToReview() {
    String number = registered(ORI);

    participation.recordReview(number, ReviewDecision.MORE_INFO, "Send the jail's capacity.", "hq.analyst");
    assertThat(application(number).getStatus()).isEqualTo(ApplicationStatus.MORE_INFO_REQUESTED);

    participation.recordMoreInformation(number, "  220 beds.  ");
    Application application = application(number);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    assertThat(application.getMoreInformationResponse()).isEqualTo("220 beds.");
  }

  @Test
  void aBlankAnswerToAReviewIsRefused() {
    String number = registered(ORI);
    participation.recordReview(number, ReviewDecision.MORE_INFO, "Send the jail's capacity.", "hq.analyst");

    assertThatThrownBy(() -> participation.recordMoreInformation(number, " "))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "moreInformationResponse"));

    Application application = application(number);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.MORE_INFO_REQUESTED);
    assertThat(application.getMoreInformationResponse()).isNull();
  }

  // ---------------------------------------------------------------- step 3: MOA

  @Test
  void anMoaDraftBeforeApprovalIsRefused() {
    String number = registered(ORI);
    long moasBefore = moas.count();

    assertThatThrownBy(() -> participation.recordMoaDraft(number, "WSO-2025-01", "Fred Contact",
        "fred.contact@ice.example.gov", "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "reviewDecision");
          assertThat(e).hasMessage("No MOA before approval: application " + number + " is UNDER_REVIEW.");
        });

    assertThat(moas.count()).isEqualTo(moasBefore);
  }

  @Test
  void anMoaDraftForADeclinedApplicationIsRefused() {
    String number = registered(ORI);
    participation.recordReview(number, ReviewDecision.DECLINED, "No.", "hq.analyst");
    long moasBefore = moas.count();

    assertThatThrownBy(() -> participation.recordMoaDraft(number, "WSO-2025-01", "Fred Contact",
        "fred.contact@ice.example.gov", "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "reviewDecision"));

    assertThat(moas.count()).isEqualTo(moasBefore);
  }

  @Test
  void anMoaDraftOfAnApprovedApplicationIsRecorded() {
    String number = approved(ORI);
    long moasBefore = moas.count();

    participation.recordMoaDraft(number, " WSO-2025-01 ", " Fred Contact ", "fred.contact@ice.example.gov",
        "hq.analyst");

    assertThat(moas.count()).isEqualTo(moasBefore + 1);
    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.DRAFT);
    assertThat(moa.getModel()).isEqualTo(Moa.WSO);
    assertThat(moa.getTemplateRevision()).isEqualTo("WSO-2025-01");
    assertThat(moa.getFodContactName()).isEqualTo("Fred Contact");
    assertThat(moa.getFodContactEmail()).isEqualTo("fred.contact@ice.example.gov");
    assertThat(moa.getPreparedBy()).isEqualTo("hq.analyst");
    assertThat(moa.getAgency().getOri()).isEqualTo(ORI);
    assertThat(moa.getEffectiveOn()).isNull();
  }

  @Test
  void anMoaDraftWithoutTemplateContactOrValidEmailIsRefused() {
    String number = approved(ORI);
    long moasBefore = moas.count();

    assertThatThrownBy(() -> participation.recordMoaDraft(number, " ", null, "fred", "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "moaTemplateRevision", "fodContactName", "fodContactEmail"));

    assertThat(moas.count()).isEqualTo(moasBefore);
  }

  @Test
  void theAgencySignatureIsRecorded() {
    String number = drafted(ORI);

    participation.recordAgencySignature(number, " John Sheriff ", " Sheriff ", LEA_SIGNED_ON, "demo.sheriff");

    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.SIGNED_BY_AGENCY);
    assertThat(moa.getLeaSignatoryName()).isEqualTo("John Sheriff");
    assertThat(moa.getLeaSignatoryTitle()).isEqualTo("Sheriff");
    assertThat(moa.getLeaSignedOn()).isEqualTo(LEA_SIGNED_ON);
    assertThat(moa.getLeaRecordedBy()).isEqualTo("demo.sheriff");
    assertThat(moa.getAgency().getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void anAgencySignatureDatedOnTheDayOfApprovalOrTodayIsAccepted() {
    String number = drafted(ORI);
    participation.recordAgencySignature(number, "John Sheriff", "Sheriff", APPROVED_ON, "demo.sheriff");
    assertThat(moa(number).getLeaSignedOn()).isEqualTo(APPROVED_ON);

    String other = drafted("MS0450000");
    participation.recordAgencySignature(other, "Jim Sheriff", "Sheriff", TODAY, "ms.sheriff");
    assertThat(moa(other).getLeaSignedOn()).isEqualTo(TODAY);
  }

  @Test
  void anAgencySignatureDatedInTheFutureIsRefused() {
    String number = drafted(ORI);

    assertThatThrownBy(() -> participation.recordAgencySignature(number, "John Sheriff", "Sheriff",
        TODAY.plusDays(1), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "leaSignedOn");
          assertThat(e).hasMessage("A signature cannot be dated in the future (2026-03-21 is after today, 2026-03-20).");
        });

    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.DRAFT);
    assertThat(moa.getLeaSignedOn()).isNull();
    assertThat(moa.getLeaSignatoryName()).isNull();
  }

  @Test
  void anAgencySignatureDatedBeforeTheApprovalIsRefused() {
    String number = drafted(ORI);

    assertThatThrownBy(() -> participation.recordAgencySignature(number, "John Sheriff", "Sheriff",
        APPROVED_ON.minusDays(1), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "leaSignedOn");
          assertThat(e).hasMessage(
              "A signature cannot be dated before the request was approved (2026-03-04 is before 2026-03-05).");
        });

    assertThat(moa(number).getStatus()).isEqualTo(MoaStatus.DRAFT);
  }

  @Test
  void anAgencySignatureWithoutNameTitleOrDateIsRefusedOnEachField() {
    String number = drafted(ORI);

    assertThatThrownBy(() -> participation.recordAgencySignature(number, "", null, null, "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "leaSignatoryName", "leaSignatoryTitle", "leaSignedOn"));

    assertThat(moa(number).getStatus()).isEqualTo(MoaStatus.DRAFT);
  }

  @Test
  void signingBeforeTheMoaIsDraftedIsAnError() {
    String number = approved(ORI);

    assertThatThrownBy(() -> participation.recordAgencySignature(number, "John Sheriff", "Sheriff", LEA_SIGNED_ON,
        "demo.sheriff"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Application " + number + " has no MOA yet.");
  }

  @Test
  void theIceSignatureActivatesTheMoaEffectiveOnTheLaterSignatureDate() {
    String number = signedByAgency(ORI);

    Moa returned = participation.activateMoa(number, " Ida Signatory ", ICE_SIGNED_ON, "ice.signatory");

    assertThat(returned.getStatus()).isEqualTo(MoaStatus.ACTIVE);
    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.ACTIVE);
    assertThat(moa.isActive()).isTrue();
    assertThat(moa.getIceSignatoryName()).isEqualTo("Ida Signatory");
    assertThat(moa.getIceSignedOn()).isEqualTo(ICE_SIGNED_ON);
    assertThat(moa.getIceRecordedBy()).isEqualTo("ice.signatory");
    assertThat(moa.getEffectiveOn()).isEqualTo(ICE_SIGNED_ON);
    assertThat(moa.getAgency().getStatus()).isEqualTo(AgencyStatus.MOA_ACTIVE);
    assertThat(application(number).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
  }

  @Test
  void theUserWhoRecordedTheAgencysSignatureMayNotSignForIce() {
    String number = signedByAgency(ORI);

    assertThatThrownBy(() -> participation.activateMoa(number, "Ida Signatory", ICE_SIGNED_ON, "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "iceSignatoryName");
          assertThat(e).hasMessage("Separation of duties: demo.sheriff recorded the agency's signature of the MOA of "
              + number + " and may not also sign it for ICE.");
        });

    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.SIGNED_BY_AGENCY);
    assertThat(moa.getIceRecordedBy()).isNull();
    assertThat(moa.getAgency().getStatus()).isEqualTo(AgencyStatus.APPLICANT);

    participation.activateMoa(number, "Ida Signatory", ICE_SIGNED_ON, "ice.signatory");

    assertThat(moa(number).getStatus()).isEqualTo(MoaStatus.ACTIVE);
  }

  @Test
  void bothSignaturesOnTheSameDayMakeThatTheEffectiveDate() {
    String number = drafted(ORI);
    participation.recordAgencySignature(number, "John Sheriff", "Sheriff", LEA_SIGNED_ON, "demo.sheriff");

    participation.activateMoa(number, "Ida Signatory", LEA_SIGNED_ON, "ice.signatory");

    assertThat(moa(number).getEffectiveOn()).isEqualTo(LEA_SIGNED_ON);
  }

  @Test
  void anIceSignatureDatedBeforeTheAgencysIsRefused() {
    String number = signedByAgency(ORI);

    assertThatThrownBy(() -> participation.activateMoa(number, "Ida Signatory", LEA_SIGNED_ON.minusDays(1),
        "ice.signatory"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "iceSignedOn");
          assertThat(e).hasMessage("ICE signs after the agency: 2026-03-09 is before the agency's signature of 2026-03-10.");
        });

    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.SIGNED_BY_AGENCY);
    assertThat(moa.getIceSignedOn()).isNull();
    assertThat(moa.getEffectiveOn()).isNull();
    assertThat(moa.getAgency().getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void anIceSignatureDatedInTheFutureIsRefused() {
    String number = signedByAgency(ORI);

    assertThatThrownBy(() -> participation.activateMoa(number, "Ida Signatory", TODAY.plusDays(1), "ice.signatory"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "iceSignedOn"));

    assertThat(moa(number).getStatus()).isEqualTo(MoaStatus.SIGNED_BY_AGENCY);
    assertThat(agency(ORI).getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void anIceSignatureDatedBeforeApprovalIsRefusedForBothReasons() {
    String number = signedByAgency(ORI);

    assertThatThrownBy(() -> participation.activateMoa(number, "Ida Signatory", APPROVED_ON.minusDays(1),
        "ice.signatory"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "iceSignedOn", "iceSignedOn");
          assertThat(e.getMessage()).contains("before the request was approved").contains("ICE signs after the agency");
        });

    assertThat(moa(number).getStatus()).isEqualTo(MoaStatus.SIGNED_BY_AGENCY);
  }

  @Test
  void anIceSignatureWithoutASignatoryIsRefused() {
    String number = signedByAgency(ORI);

    assertThatThrownBy(() -> participation.activateMoa(number, " ", ICE_SIGNED_ON, "ice.signatory"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "iceSignatoryName"));

    assertThat(moa(number).getStatus()).isEqualTo(MoaStatus.SIGNED_BY_AGENCY);
  }

  @Test
  void iceCannotSignBeforeTheAgency() {
    String number = drafted(ORI);

    assertThatThrownBy(() -> participation.activateMoa(number, "Ida Signatory", ICE_SIGNED_ON, "ice.signatory"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "iceSignedOn");
          assertThat(e).hasMessage("ICE signs after the agency: the MOA of " + number + " is DRAFT.");
        });

    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.DRAFT);
    assertThat(moa.getIceSignedOn()).isNull();
    assertThat(agency(ORI).getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void anActiveMoaCannotBeActivatedAgain() {
    String number = active(ORI);

    assertThatThrownBy(() -> participation.activateMoa(number, "Other Signatory", TODAY, "ice.signatory"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "iceSignedOn"));

    Moa moa = moa(number);
    assertThat(moa.getIceSignatoryName()).isEqualTo("Ida Signatory");
    assertThat(moa.getEffectiveOn()).isEqualTo(ICE_SIGNED_ON);
  }

  // ---------------------------------------------------------------- step 6: oversight and the end

  @Test
  void startingOperationsMakesTheAgencyOperationalFromToday() {
    String number = active(ORI);

    participation.startOperations(number);

    Agency agency = agency(ORI);
    assertThat(agency.getStatus()).isEqualTo(AgencyStatus.OPERATIONAL);
    assertThat(agency.isOperational()).isTrue();
    assertThat(agency.getOperationalSince()).isEqualTo(TODAY);
  }

  @Test
  void operationsCannotStartBeforeTheMoaIsActive() {
    String number = signedByAgency(ORI);

    assertThatThrownBy(() -> participation.startOperations(number))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SIGNED_BY_AGENCY");

    Agency agency = agency(ORI);
    assertThat(agency.getStatus()).isEqualTo(AgencyStatus.APPLICANT);
    assertThat(agency.getOperationalSince()).isNull();
  }

  @Test
  void anOversightReviewIsRecordedWithItsFindings() {
    String number = active(ORI);
    participation.startOperations(number);
    long before = oversightReviews.count();

    participation.recordOversightReview(number, OversightReview.Kind.INITIAL, true, "  All warrants logged. ",
        null, "nol.director");

    assertThat(oversightReviews.count()).isEqualTo(before + 1);
    List<OversightReview> recorded = oversightReviews.findByMoaOrderByReviewedAt(moa(number));
    assertThat(recorded).singleElement().satisfies(review -> {
      assertThat(review.getKind()).isEqualTo(OversightReview.Kind.INITIAL);
      assertThat(review.isCompliant()).isTrue();
      assertThat(review.getFindings()).isEqualTo("All warrants logged.");
      assertThat(review.getReviewedBy()).isEqualTo("nol.director");
      assertThat(review.getReviewedAt()).isEqualTo(TestClock.NOW);
    });
  }

  @Test
  void anOversightReviewWithoutVerdictOrFindingsIsRefused() {
    String number = active(ORI);
    long before = oversightReviews.count();

    assertThatThrownBy(() -> participation.recordOversightReview(number, OversightReview.Kind.ANNUAL, null, " ",
        null, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "compliant", "findings"));

    assertThat(oversightReviews.count()).isEqualTo(before);
  }

  @Test
  void aNoticeIsRecordedOnTheMoaWhichStaysActive() {
    String number = active(ORI);
    participation.startOperations(number);

    participation.recordNotice(number, new Notice("LEA", Notice.TERMINATION, "Budget cuts", false), "hq.analyst");

    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.ACTIVE);
    assertThat(moa.getNoticeFrom()).isEqualTo("LEA");
    assertThat(moa.getNoticeKind()).isEqualTo("TERMINATION");
    assertThat(moa.getNoticeReason()).isEqualTo("Budget cuts");
    assertThat(moa.getNoticeExigent()).isFalse();
    assertThat(moa.getNoticeReceivedAt()).isEqualTo(TestClock.NOW);
    assertThat(moa.getAgency().getStatus()).isEqualTo(AgencyStatus.OPERATIONAL);
  }

  @Test
  void aBadNoticeIsRefusedAndNotRecorded() {
    String number = active(ORI);

    assertThatThrownBy(() -> participation.recordNotice(number, new Notice("FBI", "PAUSE", "", true), "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "noticeFrom", "noticeKind", "noticeReason"));

    Moa moa = moa(number);
    assertThat(moa.getNoticeFrom()).isNull();
    assertThat(moa.getNoticeReceivedAt()).isNull();
  }

  @Test
  void aTerminationEndsTheMoaTheAgencyAndTheApplication() {
    String number = active(ORI);
    participation.startOperations(number);
    participation.recordNotice(number, new Notice("ICE", Notice.TERMINATION, "Misuse of authority", true), "hq.analyst");
    clock.set("2026-03-21T09:00:00Z");

    participation.endAgreement(number);

    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.TERMINATED);
    assertThat(moa.isActive()).isFalse();
    assertThat(moa.getEndedOn()).isEqualTo(LocalDate.of(2026, 3, 21));
    assertThat(moa.getAgency().getStatus()).isEqualTo(AgencyStatus.TERMINATED);
    assertThat(moa.getAgency().isOperational()).isFalse();
    Application application = application(number);
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AGREEMENT_ENDED);
    assertThat(application.getClosedAt()).isEqualTo(Instant.parse("2026-03-21T09:00:00Z"));
  }

  @Test
  void aSuspensionSuspendsTheMoaAndTheAgency() {
    String number = active(ORI);
    participation.startOperations(number);
    participation.suspend(number, participation.recordNotice(number, new Notice("LEA", Notice.SUSPENSION, "Jail renovation", false), "hq.analyst").getId());

    Moa moa = moa(number);
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.SUSPENDED);
    assertThat(moa.getEndedOn()).isEqualTo(TODAY);
    assertThat(moa.getAgency().getStatus()).isEqualTo(AgencyStatus.SUSPENDED);
    assertThat(application(number).getStatus()).as("a suspended agreement is not over").isNotEqualTo(ApplicationStatus.AGREEMENT_ENDED);
  }

  @Test
  void anAgencyWhoseMoaWasTerminatedMayWriteANewLetter() {
    String number = active(ORI);
    participation.startOperations(number);
    participation.recordNotice(number, new Notice("ICE", Notice.TERMINATION, "Budget cuts", false), "hq.analyst");
    participation.endAgreement(number);
    long agenciesBefore = agencies.count();

    Application next = participation.register(letter(ORI, "LA", "NOL"), "nol.director");

    assertThat(next.getNumber()).isEqualTo("WSO-2026-0002");
    assertThat(agencies.count()).isEqualTo(agenciesBefore);
    assertThat(application("WSO-2026-0002").getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    assertThat(agency(ORI).getStatus()).isEqualTo(AgencyStatus.APPLICANT);
    assertThat(moa(number).getStatus()).isEqualTo(MoaStatus.TERMINATED);
  }

  @Test
  void anAgencyWhoseMoaIsSuspendedWritesANewLetterOnlyOnceItIsTerminated() {
    String number = active(ORI);
    participation.suspend(number, participation.recordNotice(number, new Notice("LEA", Notice.SUSPENSION, "Jail renovation", true), "hq.analyst").getId());

    assertThatThrownBy(() -> participation.register(letter(ORI, "LA", "NOL"), "nol.director"))
        .isInstanceOf(DuplicateApplication.class);

    participation.recordNotice(number, new Notice("ICE", Notice.TERMINATION, "Not resumed", true), "hq.analyst");
    participation.endAgreement(number);
    Application next = participation.register(letter(ORI, "LA", "NOL"), "nol.director");

    assertThat(application(next.getNumber()).getAgency().getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }
}
