package org.wso287g.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.wso287g.onboarding.domain.OversightReview.Kind;
import org.wso287g.onboarding.domain.OversightReview.NonComplianceDecision;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Instructors;
import org.wso287g.vetting.domain.OfficerAccounts;
import org.wso287g.vetting.domain.VettingService;

/**
 * Oversight, complete (Process 1): reviews on a fixed yearly schedule and findings with consequences,
 * on the real tables (Flyway on an embedded H2), without the engine. The agency is in NOL's area
 * (America/Chicago); operations start on 20 March 2026, "today" of the fixtures.
 */
@DataJpaTest
@Import({FieldOfficeCalendar.class, ParticipationService.class, VettingService.class, ProgramParameters.class, TestClock.Config.class})
class OversightFindingsTest {

  static final String ORI = "LA0990000";
  static final LocalDate INITIAL_DUE = LocalDate.of(2027, 3, 20);

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired ParticipationService participation;
  @Autowired OversightReviewRepository reviews;
  @Autowired TestClock clock;
  @Autowired TestEntityManager em;

  String number;

  @BeforeEach
  void operational() {
    em.getEntityManager().createNativeQuery("alter sequence application_number_seq restart with 1").executeUpdate();
    clock.set("2026-03-02T15:00:00Z");
    number = participation.register(new LetterOfInterest("Demo Parish Sheriff's Office", ORI, "LA", "Demo Parish",
        "Demo Parish Correctional Center", "NOL", 12, LocalDate.of(2026, 2, 27), "Jane Roe",
        "jane.roe@demoparish.example.gov"), "nol.director").getNumber();
    clock.set("2026-03-05T15:00:00Z");
    participation.recordReview(number, ReviewDecision.APPROVED, null, "hq.analyst");
    clock.reset();
    participation.recordMoaDraft(number, "WSO-2025-01", "Fred Contact", "fred.contact@ice.example.gov", "hq.analyst");
    participation.recordAgencySignature(number, "John Sheriff", "Sheriff", LocalDate.of(2026, 3, 10), "demo.sheriff");
    participation.activateMoa(number, "Ida Signatory", LocalDate.of(2026, 3, 12), "ice.signatory");
    participation.startOperations(number);
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  private OversightReview stored(long id) {
    em.flush();
    em.clear();
    return reviews.findById(id).orElseThrow();
  }

  private long finding() {
    return participation.recordOversightReview(number, Kind.INITIAL, false, "No detainer log", INITIAL_DUE,
        "nol.director").getId();
  }

  private long planned() {
    long id = finding();
    participation.recordCorrectiveActionPlan(number, id, "Keep a detainer log", LocalDate.of(2026, 6, 1), "demo.sheriff");
    return id;
  }

  private long notCorrected() {
    long id = planned();
    participation.recordCorrectionVerification(number, id, false, "Still no log", "nol.director");
    return id;
  }

  // ---------------------------------------------------------------- the yearly schedule

  @Test
  void theInitialReviewIsDueTwelveMonthsAfterOperationsStartAndOpensThirtyDaysBefore() {
    ReviewSchedule schedule = participation.scheduleReview(number, Kind.INITIAL);

    assertThat(schedule.dueOn()).isEqualTo(INITIAL_DUE);
    // The field office's days (America/Chicago): CST on 18 February, CDT on 21 March 2027.
    assertThat(schedule.opensAt()).isEqualTo(Instant.parse("2027-02-18T06:00:00Z"));
    assertThat(schedule.dueAt()).isEqualTo(Instant.parse("2027-03-21T04:59:59Z"));
  }

  @Test
  void eachAnnualReviewIsDueOneYearAfterThePreviousWasDueEvenWhenThatOneWasDoneLate() {
    clock.set("2027-05-10T15:00:00Z");
    participation.recordOversightReview(number, Kind.INITIAL, true, "All logged", INITIAL_DUE, "nol.director");

    ReviewSchedule first = participation.scheduleReview(number, Kind.ANNUAL);
    assertThat(first.dueOn()).isEqualTo(LocalDate.of(2028, 3, 20));

    clock.set("2028-03-01T15:00:00Z");
    participation.recordOversightReview(number, Kind.ANNUAL, true, "All logged", first.dueOn(), "nol.director");
    assertThat(participation.scheduleReview(number, Kind.ANNUAL).dueOn()).isEqualTo(LocalDate.of(2029, 3, 20));
  }

  @Test
  void theDueDateIsKeptOnTheReviewRecord() {
    long id = participation.recordOversightReview(number, Kind.INITIAL, true, " All logged ", INITIAL_DUE,
        "nol.director").getId();

    OversightReview review = stored(id);
    assertThat(review.getDueOn()).isEqualTo(INITIAL_DUE);
    assertThat(review.getFindings()).isEqualTo("All logged");
    assertThat(review.isFindingOpen()).isFalse();
  }

  @Test
  void aReviewRecordedWithoutItsDueDateCountsFromTheDayItWasDone() {
    clock.set("2027-05-10T15:00:00Z");
    participation.recordOversightReview(number, Kind.INITIAL, true, "All logged", null, "nol.director");

    assertThat(participation.scheduleReview(number, Kind.ANNUAL).dueOn()).isEqualTo(LocalDate.of(2028, 5, 10));
  }

  @Test
  void anAnnualReviewWithoutAnEarlierReviewOrAReviewBeforeOperationsIsAFault() {
    assertThatThrownBy(() -> participation.scheduleReview(number, Kind.ANNUAL))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void findingsLongerThanTheRecordHoldsAreRefused() {
    assertThatThrownBy(() -> participation.recordOversightReview(number, Kind.INITIAL, false, "x".repeat(4001),
        INITIAL_DUE, "nol.director"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "findings"));
  }

  @Test
  void theAgreementIsInForceWhileTheMoaIsActive() {
    assertThat(participation.agreementInForce(number)).isTrue();
  }

  // ---------------------------------------------------------------- the corrective action plan

  @Test
  void aPlanIsRecordedOnTheFindingAndIsDueAtTheStartOfItsDayInTheFieldOffice() {
    long id = finding();

    Instant dueAt = participation.recordCorrectiveActionPlan(number, id, " Keep a detainer log ",
        LocalDate.of(2026, 6, 1), "demo.sheriff");

    assertThat(dueAt).isEqualTo(Instant.parse("2026-06-01T05:00:00Z"));
    OversightReview review = stored(id);
    assertThat(review.getCorrectiveActions()).isEqualTo("Keep a detainer log");
    assertThat(review.getCorrectionDueOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(review.isFindingOpen()).isTrue();
  }

  @Test
  void aCorrectionDateInThePastOfTheFieldOfficeIsRefused() {
    long id = finding();

    assertThatThrownBy(() -> participation.recordCorrectiveActionPlan(number, id, "Keep a log",
        LocalDate.of(2026, 3, 19), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot be due in the past")
        .satisfies(e -> refusedOn(e, "correctionDueOn"));
    assertThat(stored(id).getCorrectiveActions()).isNull();
  }

  @Test
  void todayIsTheFieldOfficesDayNotTheServers() {
    long id = finding();
    // 03:00 UTC on 21 March is still 20 March in Chicago.
    clock.set("2026-03-21T03:00:00Z");

    participation.recordCorrectiveActionPlan(number, id, "Keep a log", LocalDate.of(2026, 3, 20), "demo.sheriff");

    assertThat(stored(id).getCorrectionDueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void aCorrectionMoreThanAYearAheadIsRefused() {
    long id = finding();

    assertThatThrownBy(() -> participation.recordCorrectiveActionPlan(number, id, "Keep a log",
        LocalDate.of(2027, 3, 21), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("within a year")
        .satisfies(e -> refusedOn(e, "correctionDueOn"));
    participation.recordCorrectiveActionPlan(number, id, "Keep a log", LocalDate.of(2027, 3, 20), "demo.sheriff");
  }

  @Test
  void aPlanWithoutActionsOrDateIsRefusedNamingBoth() {
    long id = finding();

    assertThatThrownBy(() -> participation.recordCorrectiveActionPlan(number, id, "  ", null, "demo.sheriff"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "correctiveActions", "correctionDueOn"));
  }

  @Test
  void aPlanForACompliantReviewIsRefused() {
    long id = participation.recordOversightReview(number, Kind.INITIAL, true, "All logged", INITIAL_DUE,
        "nol.director").getId();

    assertThatThrownBy(() -> participation.recordCorrectiveActionPlan(number, id, "Keep a log",
        LocalDate.of(2026, 6, 1), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("found the agency compliant")
        .satisfies(e -> refusedOn(e, "correctiveActions"));
  }

  @Test
  void aSecondPlanForTheSameFindingIsRefused() {
    long id = planned();

    assertThatThrownBy(() -> participation.recordCorrectiveActionPlan(number, id, "Another plan",
        LocalDate.of(2026, 7, 1), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("already submitted");
    assertThat(stored(id).getCorrectionDueOn()).isEqualTo(LocalDate.of(2026, 6, 1));
  }

  // ---------------------------------------------------------------- the verification

  @Test
  void aCorrectionVerifiedCorrectedClosesTheFinding() {
    long id = planned();
    clock.set("2026-06-02T15:00:00Z");

    participation.recordCorrectionVerification(number, id, true, " Log kept ", "nol.director");

    OversightReview review = stored(id);
    assertThat(review.getCorrectedAt()).isEqualTo(Instant.parse("2026-06-02T15:00:00Z"));
    assertThat(review.getCorrectionVerifiedBy()).isEqualTo("nol.director");
    assertThat(review.getCorrectionFindings()).isEqualTo("Log kept");
    assertThat(review.isFindingOpen()).isFalse();
    assertThatThrownBy(() -> participation.recordCorrectionVerification(number, id, false, "Again", "nol.director"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("verified corrected on 2026-06-02");
  }

  @Test
  void aCorrectionNotCorrectedLeavesTheFindingOpen() {
    long id = notCorrected();

    OversightReview review = stored(id);
    assertThat(review.getCorrectedAt()).isNull();
    assertThat(review.getCorrectionVerifiedBy()).isEqualTo("nol.director");
    assertThat(review.getCorrectionFindings()).isEqualTo("Still no log");
    assertThat(review.isFindingOpen()).isTrue();
  }

  @Test
  void aVerificationOfACompliantReviewIsRefused() {
    long id = participation.recordOversightReview(number, Kind.ANNUAL, true, "All logged", INITIAL_DUE,
        "nol.director").getId();

    assertThatThrownBy(() -> participation.recordCorrectionVerification(number, id, true, "Fine", "nol.director"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("nothing to correct")
        .satisfies(e -> refusedOn(e, "corrected"));
  }

  @Test
  void aVerificationBeforeThePlanIsRefused() {
    long id = finding();

    assertThatThrownBy(() -> participation.recordCorrectionVerification(number, id, true, "Fine", "nol.director"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("not submitted its corrective action plan");
  }

  @Test
  void aVerificationWithoutResultOrFindingsIsRefusedNamingBoth() {
    long id = planned();

    assertThatThrownBy(() -> participation.recordCorrectionVerification(number, id, null, " ", "nol.director"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "corrected", "findings"));
    assertThat(stored(id).getCorrectionVerifiedBy()).isNull();
  }

  @Test
  void aReviewOfAnotherAgreementIsAFault() {
    long id = finding();

    assertThatThrownBy(() -> participation.recordCorrectionVerification("WSO-2026-9999", id, true, "Fine",
        "nol.director")).isInstanceOf(IllegalStateException.class);
  }

  // ---------------------------------------------------------------- headquarters' decision

  @Test
  void headquartersExtendsWithANewCorrectionDate() {
    long id = notCorrected();

    participation.recordNonComplianceDecision(number, id, NonComplianceDecision.EXTEND, LocalDate.of(2026, 9, 1),
        "hq.analyst");

    OversightReview review = stored(id);
    assertThat(review.getNonComplianceDecision()).isEqualTo(NonComplianceDecision.EXTEND);
    assertThat(review.getCorrectionDueOn()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(participation.correctionDueAt(number, id)).isEqualTo(Instant.parse("2026-09-01T05:00:00Z"));
    // Verified corrected on the new date, the finding is closed.
    participation.recordCorrectionVerification(number, id, true, "Log kept", "nol.director");
    assertThat(stored(id).isFindingOpen()).isFalse();
  }

  @Test
  void anExtensionWithoutADateOrWithADateInThePastIsRefused() {
    long id = notCorrected();

    assertThatThrownBy(() -> participation.recordNonComplianceDecision(number, id, NonComplianceDecision.EXTEND,
        null, "hq.analyst"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "correctionDueOn"));
    assertThatThrownBy(() -> participation.recordNonComplianceDecision(number, id, NonComplianceDecision.EXTEND,
        LocalDate.of(2026, 3, 1), "hq.analyst"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "correctionDueOn"));
    assertThat(stored(id).getNonComplianceDecision()).isNull();
  }

  @Test
  void aDecisionWithoutAChoiceIsRefused() {
    long id = notCorrected();

    assertThatThrownBy(() -> participation.recordNonComplianceDecision(number, id, null, null, "hq.analyst"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "nonComplianceDecision"));
  }

  @Test
  void aDecisionBeforeTheVerificationIsRefused() {
    long id = planned();

    assertThatThrownBy(() -> participation.recordNonComplianceDecision(number, id, NonComplianceDecision.GIVE_NOTICE,
        null, "hq.analyst"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("not been verified");
  }

  @Test
  void aDecisionOnACorrectedFindingIsRefused() {
    long id = planned();
    participation.recordCorrectionVerification(number, id, true, "Log kept", "nol.director");

    assertThatThrownBy(() -> participation.recordNonComplianceDecision(number, id, NonComplianceDecision.GIVE_NOTICE,
        null, "hq.analyst"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "nonComplianceDecision"));
  }

  @Test
  void givingNoticeKeepsTheDateAndTheNoticeGivesTheFindingsAsItsReason() {
    long id = notCorrected();

    participation.recordNonComplianceDecision(number, id, NonComplianceDecision.GIVE_NOTICE, LocalDate.of(2026, 9, 1),
        "hq.analyst");

    OversightReview review = stored(id);
    assertThat(review.getNonComplianceDecision()).isEqualTo(NonComplianceDecision.GIVE_NOTICE);
    assertThat(review.getCorrectionDueOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(participation.nonComplianceNoticeReason(number, id))
        .isEqualTo("Findings of the initial review due 2027-03-20 not corrected by 2026-06-01: Still no log");
  }

  @Test
  void theNoticeReasonFitsANoticeHoweverLongTheFindings() {
    long id = planned();
    participation.recordCorrectionVerification(number, id, false, "y".repeat(4000), "nol.director");

    String reason = participation.nonComplianceNoticeReason(number, id);

    assertThat(reason).startsWith("Findings of the initial review due 2027-03-20 not corrected by 2026-06-01: yyy")
        .hasSize(2000).endsWith("…");
  }
}
