package org.wso287g.vetting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyStatus;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.domain.ApplicationRepository;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.testing.ParticipationSteps;
import org.wso287g.program.ProgramParameters;

/**
 * Candidate vetting (Process 2) and the credentials on the real tables (Flyway on an embedded H2),
 * without the engine. Each test runs in a transaction that is rolled back afterwards.
 *
 * <p>Fixtures go through the services: register (2 Mar 2026), approve (5 Mar), MOA drafted; for the
 * credential the agency signs on 10 Mar and ICE on 12 Mar. Vetting happens "today", 20 Mar 2026 (UTC).
 * Candidates are cleared on 16 Mar and trained on 18 Mar. The vetting rules do not look at the MOA, so the candidates of most tests are nominated on an
 * application whose MOA is still a draft; only issuing a credential needs the MOA active.
 */
@DataJpaTest
@Import({FieldOfficeCalendar.class, ParticipationService.class, VettingService.class, ProgramParameters.class, TestClock.Config.class,
    ParticipationSteps.class})
class VettingServiceTest {

  static final String ORI = "LA0990000";
  static final String POC = ParticipationSteps.POC;
  static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
  static final LocalDate TRAINED_ON = ParticipationSteps.TRAINED_ON;
  static final BigDecimal EIGHT = new BigDecimal("8");

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired VettingService vetting;
  @Autowired ParticipationService participation;
  @Autowired ApplicationRepository applications;
  @Autowired CandidateRepository candidates;
  @Autowired BackgroundCheckRepository backgroundChecks;
  @Autowired TrainingAttemptRepository trainingAttempts;
  @Autowired CertificationRepository certifications;
  @Autowired CredentialRepository credentials;
  @Autowired AccountLinkRepository links;
  @Autowired TestClock clock;
  @Autowired ParticipationSteps steps;
  @Autowired TestEntityManager em;

  @BeforeEach
  void todayAndTheNewOrleansPointOfContact() {
    clock.reset();
    when(instructors.isWsoPointOfContact(POC, "NOL")).thenReturn(true);
  }

  // ---------------------------------------------------------------- fixtures, through the services

  private static LetterOfInterest letter(String ori) {
    return new LetterOfInterest("Demo Parish Sheriff's Office", ori, ori.substring(0, 2), "Demo Parish",
        "Demo Parish Correctional Center", "NOL", 12, LocalDate.of(2026, 2, 27), "Jane Roe",
        "jane.roe@demoparish.example.gov");
  }

  /** Registered, approved, MOA drafted: the application number. */
  private String approved(String ori) {
    return steps.approved(letter(ori));
  }

  /** Approved and both signatures: the MOA is ACTIVE, the agency MOA_ACTIVE. */
  private String active(String ori) {
    return steps.moaActive(letter(ori));
  }

  private long nominated(String number, String badge, String email) {
    return vetting.nominate(number, List.of(new Nomination("Officer " + badge, badge, email, true)), "demo.sheriff")
        .get(0).getId();
  }

  /** Nominated and cleared on 16 Mar, before the training of 18 Mar. */
  private long cleared(String number, String badge, String email) {
    long id = nominated(number, badge, email);
    steps.clearOn(id, ParticipationSteps.CLEARED_AT);
    return id;
  }

  private long trained(String number, String badge, String email) {
    long id = cleared(number, badge, email);
    assertThat(vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 85, POC), POC)).isTrue();
    return id;
  }

  private long certified(String number, String badge, String email) {
    long id = trained(number, badge, email);
    vetting.certify(id);
    return id;
  }

  private void flushAndClear() {
    em.flush();
    em.clear();
  }

  private Candidate candidate(long id) {
    flushAndClear();
    return candidates.findById(id).orElseThrow();
  }

  private List<TrainingAttempt> attempts(long candidateId) {
    return trainingAttempts.findByCandidateOrderByAttempt(candidate(candidateId));
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  // ---------------------------------------------------------------- nomination

  @Test
  void nominatingRecordsEveryCandidateAsNominated() {
    String number = approved(ORI);
    long before = candidates.count();

    List<Candidate> nominated = vetting.nominate(number, List.of(
        new Nomination(" John Doe ", "B-101", "John.Doe@DemoParish.Example.gov", true),
        new Nomination("Mary Major", "B-102", "mary.major@demoparish.example.gov", true)), "demo.sheriff");

    assertThat(nominated).hasSize(2);
    assertThat(candidates.count()).isEqualTo(before + 2);
    Candidate john = candidate(nominated.get(0).getId());
    assertThat(john.getStatus()).isEqualTo(CandidateStatus.NOMINATED);
    assertThat(john.getFullName()).isEqualTo("John Doe");
    assertThat(john.getBadgeNumber()).isEqualTo("B-101");
    assertThat(john.getEmail()).isEqualTo("john.doe@demoparish.example.gov");
    assertThat(john.isUsCitizen()).isTrue();
    assertThat(john.getNominatedBy()).isEqualTo("demo.sheriff");
    assertThat(john.getNominatedAt()).isEqualTo(TestClock.NOW);
    assertThat(john.getUserId()).isNull();
    assertThat(john.getApplication().getNumber()).isEqualTo(number);
    assertThat(john.getAgency().getOri()).isEqualTo(ORI);
    assertThat(candidate(nominated.get(1).getId()).getStatus()).isEqualTo(CandidateStatus.NOMINATED);
  }

  @Test
  void anInvalidNominationRecordsNobody() {
    String number = approved(ORI);
    long before = candidates.count();

    assertThatThrownBy(() -> vetting.nominate(number, List.of(
        new Nomination("John Doe", "B-101", "john.doe@demoparish.example.gov", true),
        new Nomination("Richard Roe", "B-103", "richard.roe@demoparish.example.gov", false)), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "candidates[1].usCitizen"));

    assertThat(candidates.count()).isEqualTo(before);
  }

  @Test
  void anEmptyNominationIsRefused() {
    String number = approved(ORI);
    long before = candidates.count();

    assertThatThrownBy(() -> vetting.nominate(number, List.of(), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "candidates"));

    assertThat(candidates.count()).isEqualTo(before);
  }

  @Test
  void theSameBadgeAgainWhileTheFirstNominationIsInProgressIsRefused() {
    String number = approved(ORI);
    cleared(number, "B-101", "john.doe@demoparish.example.gov");
    long before = candidates.count();

    assertThatThrownBy(() -> vetting.nominate(number, List.of(
        new Nomination("Mary Major", "B-102", "mary.major@demoparish.example.gov", true),
        new Nomination("John Doe", "B-101", "john.doe@demoparish.example.gov", true)), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "candidates[1].badgeNumber");
          assertThat(e).hasMessage("Candidate 2: badge number B-101 is already nominated or certified in this agency.");
        });

    assertThat(candidates.count()).isEqualTo(before);
  }

  @Test
  void theSameBadgeInAnotherAgencyIsAnotherOfficer() {
    String number = approved(ORI);
    nominated(number, "B-101", "john.doe@demoparish.example.gov");
    String other = approved("MS0450000");

    long id = nominated(other, "B-101", "john.doe@otherparish.example.gov");

    assertThat(candidate(id).getAgency().getOri()).isEqualTo("MS0450000");
  }

  @Test
  void theBadgeOfACandidateWhoWasNotClearedMayBeNominatedAgainInTheSameApplication() {
    String number = approved(ORI);
    long first = nominated(number, "B-101", "john.doe@demoparish.example.gov");
    vetting.recordBackgroundResult(first, BackgroundCheck.Result.NOT_CLEARED, "Prior conviction.", "ps.investigator");
    flushAndClear();

    long again = nominated(number, "B-101", "john.doe@demoparish.example.gov");

    assertThat(candidate(again).getStatus()).isEqualTo(CandidateStatus.NOMINATED);
    assertThat(candidate(first).getStatus()).isEqualTo(CandidateStatus.NOT_CLEARED);
  }

  @Test
  void nominatingOnAnUnknownApplicationIsAnError() {
    long before = candidates.count();

    assertThatThrownBy(() -> vetting.nominate("WSO-2026-0404",
        List.of(new Nomination("John Doe", "B-101", "john.doe@demoparish.example.gov", true)), "demo.sheriff"))
        .isInstanceOf(IllegalStateException.class);

    assertThat(candidates.count()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- background investigation

  @Test
  void aClearedBackgroundIsRecordedWithWhoAndWhen() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    vetting.recordBackgroundResult(id, BackgroundCheck.Result.CLEARED, null, "ps.investigator");

    Candidate candidate = candidate(id);
    assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.CLEARED);
    BackgroundCheck check = backgroundChecks.findByCandidate(candidate).orElseThrow();
    assertThat(check.getResult()).isEqualTo(BackgroundCheck.Result.CLEARED);
    assertThat(check.getNotes()).isNull();
    assertThat(check.getDecidedBy()).isEqualTo("ps.investigator");
    assertThat(check.getDecidedAt()).isEqualTo(TestClock.NOW);
  }

  @Test
  void notClearedWithoutNotesIsRefused() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = backgroundChecks.count();

    assertThatThrownBy(() -> vetting.recordBackgroundResult(id, BackgroundCheck.Result.NOT_CLEARED, "  ",
        "ps.investigator"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "backgroundNotes"));

    assertThat(backgroundChecks.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.NOMINATED);
  }

  @Test
  void notClearedWithNotesEndsTheCandidacy() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    vetting.recordBackgroundResult(id, BackgroundCheck.Result.NOT_CLEARED, "Prior conviction.", "ps.investigator");

    Candidate candidate = candidate(id);
    assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.NOT_CLEARED);
    assertThat(backgroundChecks.findByCandidate(candidate).orElseThrow().getNotes()).isEqualTo("Prior conviction.");
  }

  @Test
  void aSecondBackgroundResultIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = backgroundChecks.count();

    assertThatThrownBy(() -> vetting.recordBackgroundResult(id, BackgroundCheck.Result.NOT_CLEARED, "Changed my mind.",
        "ps.investigator"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "backgroundResult"));

    assertThat(backgroundChecks.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CLEARED);
  }

  // ---------------------------------------------------------------- training and exam

  @Test
  void trainingBeforeBackgroundClearanceIsRefused() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = trainingAttempts.count();

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "trainingDate");
          assertThat(e).hasMessage("No training is recorded before background clearance: Officer B-101 is NOMINATED.");
        });

    assertThat(trainingAttempts.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.NOMINATED);
  }

  @Test
  void trainingOfACandidateWhoWasNotClearedIsRefused() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordBackgroundResult(id, BackgroundCheck.Result.NOT_CLEARED, "Prior conviction.", "ps.investigator");
    long before = trainingAttempts.count();

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "trainingDate"));

    assertThat(trainingAttempts.count()).isEqualTo(before);
  }

  @Test
  void sevenAndAHalfHoursAreRefusedSayingWhatWasEntered() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = trainingAttempts.count();

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, new BigDecimal("7.5"), 90, POC),
        POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "trainingHours");
          assertThat(e).hasMessage("The training record needs at least 8 hours; 7.5 were entered.");
        });

    assertThat(trainingAttempts.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CLEARED);
  }

  @Test
  void missingHoursAreRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, null, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "trainingHours");
          assertThat(e).hasMessage("The training record needs at least 8 hours; none were entered.");
        });
    assertThat(attempts(id)).isEmpty();
  }

  @Test
  void eightHoursWithSixtyNineIsRecordedAsAFailedExam() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    boolean passed = vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 69, POC), "nol.poc");

    assertThat(passed).isFalse();
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.EXAM_FAILED);
    assertThat(attempts(id)).singleElement().satisfies(attempt -> {
      assertThat(attempt.getAttempt()).isEqualTo(1);
      assertThat(attempt.getTrainingDate()).isEqualTo(TRAINED_ON);
      assertThat(attempt.getHours()).isEqualByComparingTo("8");
      assertThat(attempt.getExamScore()).isEqualTo(69);
      assertThat(attempt.isPassed()).isFalse();
      assertThat(attempt.getInstructor()).isEqualTo(POC);
      assertThat(attempt.getRecordedBy()).isEqualTo("nol.poc");
      assertThat(attempt.getRecordedAt()).isEqualTo(TestClock.NOW);
    });
  }

  @Test
  void eightHoursWithSeventyPasses() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThat(vetting.recordTraining(id, new TrainingRecord(TODAY, new BigDecimal("8.0"), 70, POC), POC)).isTrue();

    assertThat(attempts(id)).singleElement().satisfies(attempt -> assertThat(attempt.isPassed()).isTrue());
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.TRAINED);
  }

  @Test
  void aRetakeOfSeventyPasses() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 69, POC), POC);

    boolean passed = vetting.recordRetake(id, new TrainingRecord(TODAY, null, 70, POC), POC);

    assertThat(passed).isTrue();
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.TRAINED);
    List<TrainingAttempt> attempts = attempts(id);
    assertThat(attempts).extracting(TrainingAttempt::getAttempt).containsExactly(1, 2);
    assertThat(attempts.get(1).isPassed()).isTrue();
    assertThat(attempts.get(1).getExamScore()).isEqualTo(70);
    assertThat(attempts.get(1).getHours()).isNull();
    assertThat(attempts.get(1).getTrainingDate()).isEqualTo(TODAY);
  }

  @Test
  void aRetakeWhenTheFirstExamWasPassedIsRefused() {
    long id = trained(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordRetake(id, new TrainingRecord(TODAY, null, 95, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "retakeScore");
          assertThat(e.getMessage()).startsWith("A retake is only for a candidate who failed the first exam");
        });

    assertThat(attempts(id)).hasSize(1);
  }

  @Test
  void aSecondFailureDisqualifies() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 60, POC), POC);

    assertThat(vetting.recordRetake(id, new TrainingRecord(TODAY, null, 69, POC), POC)).isFalse();

    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.DISQUALIFIED);
    assertThat(attempts(id)).extracting(TrainingAttempt::isPassed).containsExactly(false, false);
  }

  @Test
  void aThirdExamIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 60, POC), POC);
    vetting.recordRetake(id, new TrainingRecord(TODAY, null, 50, POC), POC);

    assertThatThrownBy(() -> vetting.recordRetake(id, new TrainingRecord(TODAY, null, 99, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "retakeScore"));
    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TODAY, EIGHT, 99, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "trainingDate"));

    assertThat(attempts(id)).hasSize(2);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.DISQUALIFIED);
  }

  @Test
  void aRetakeDatedBeforeTheFirstExamIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 60, POC), POC);

    assertThatThrownBy(() -> vetting.recordRetake(id, new TrainingRecord(TRAINED_ON.minusDays(1), null, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "retakeDate");
          assertThat(e).hasMessage("The retake cannot be dated before the first exam (2026-03-18).");
        });

    assertThat(attempts(id)).hasSize(1);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.EXAM_FAILED);
  }

  @Test
  void aRetakeIsCheckedOnItsOwnFields() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 60, POC), POC);

    assertThatThrownBy(() -> vetting.recordRetake(id, new TrainingRecord(TODAY.plusDays(1), null, 101, "someone"), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "retakeDate", "retakeScore", "retakeInstructor"));

    assertThat(attempts(id)).hasSize(1);
  }

  @Test
  void anInstructorWhoIsNotAWsoPointOfContactOfTheFieldOfficeIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 90, "atl.poc"), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "instructor");
          assertThat(e).hasMessage("The instructor must be a member of the NOL WSO point-of-contact group "
              + "(fo-nol-wso-poc); 'atl.poc' is not.");
        });

    verify(instructors).isWsoPointOfContact("atl.poc", "NOL");
    assertThat(attempts(id)).isEmpty();
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CLEARED);
  }

  @Test
  void aMissingInstructorIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 90, null), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "instructor"));

    assertThat(attempts(id)).isEmpty();
  }

  @Test
  void aScoreOfOneHundredAndOneIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 101, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "examScore");
          assertThat(e).hasMessage("The exam score must be between 0 and 100; 101 was entered.");
        });

    assertThat(attempts(id)).isEmpty();
  }

  @Test
  void aNegativeScoreIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, -1, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "examScore"));

    assertThat(attempts(id)).isEmpty();
  }

  @Test
  void scoresOfZeroAndOneHundredAreAccepted() {
    String number = approved(ORI);
    long zero = cleared(number, "B-101", "john.doe@demoparish.example.gov");
    long hundred = cleared(number, "B-102", "mary.major@demoparish.example.gov");

    assertThat(vetting.recordTraining(zero, new TrainingRecord(TRAINED_ON, EIGHT, 0, POC), POC)).isFalse();
    assertThat(vetting.recordTraining(hundred, new TrainingRecord(TRAINED_ON, EIGHT, 100, POC), POC)).isTrue();
  }

  @Test
  void trainingDatedInTheFutureOrUndatedIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TODAY.plusDays(1), EIGHT, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "trainingDate"));
    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(null, EIGHT, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "trainingDate"));

    assertThat(attempts(id)).isEmpty();
  }

  @Test
  void trainingDatedTodayInNewOrleansIsAcceptedLateInTheEveningAndTomorrowIsRefused() {
    long tomorrow = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long today = cleared(approved("MS0450000"), "B-102", "jim.doe@demoparish.example.gov");
    clock.set("2026-03-21T04:30:00Z"); // 23:30 on 20 March in New Orleans (CDT), 21 March in UTC

    assertThatThrownBy(() -> vetting.recordTraining(tomorrow, new TrainingRecord(TODAY.plusDays(1), EIGHT, 90, POC),
        POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "trainingDate"));
    assertThat(vetting.recordTraining(today, new TrainingRecord(TODAY, EIGHT, 90, POC), POC)).isTrue();
  }

  @Test
  void trainingHoursBeyondWhatTheRecordHoldsAreRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, new BigDecimal("1000"), 90, POC),
        POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "trainingHours"))
        .hasMessageContaining("at most 999.9 hours; 1000 were entered");
    assertThat(attempts(id)).isEmpty();
  }

  @Test
  void everyBadTrainingFieldIsNamedAtOnce() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id,
        new TrainingRecord(TODAY.plusDays(2), new BigDecimal("4"), 150, "stranger"), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "trainingDate", "trainingHours", "examScore", "instructor"));

    assertThat(attempts(id)).isEmpty();
  }

  @Test
  void aSecondTrainingRecordAfterAPassedExamIsRefused() {
    long id = trained(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TODAY, EIGHT, 99, POC), POC))
        .isInstanceOf(RuleViolation.class);

    assertThat(attempts(id)).hasSize(1);
  }

  // ---------------------------------------------------------------- certification

  @Test
  void certificationWithoutClearanceIsAnError() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = certifications.count();

    assertThatThrownBy(() -> vetting.certify(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cleared=false");

    assertThat(certifications.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.NOMINATED);
  }

  @Test
  void certificationWithoutTrainingIsAnError() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = certifications.count();

    assertThatThrownBy(() -> vetting.certify(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cleared=true, trained=false, examPassed=false");

    assertThat(certifications.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CLEARED);
  }

  @Test
  void certificationAfterAFailedExamIsAnError() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 50, POC), POC);
    long before = certifications.count();

    assertThatThrownBy(() -> vetting.certify(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("trained=true, examPassed=false");

    assertThat(certifications.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.EXAM_FAILED);
  }

  @Test
  void certificationAfterClearanceAndAPassedExamIsRecorded() {
    long id = trained(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    Certification returned = vetting.certify(id);

    assertThat(returned.getId()).isNotNull();
    Candidate candidate = candidate(id);
    assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.CERTIFIED);
    Certification certification = certifications.findByCandidate(candidate).orElseThrow();
    assertThat(certification.getCertifiedAt()).isEqualTo(TestClock.NOW);
    assertThat(certification.getAuthorizationSignedOn()).isNull();
  }

  @Test
  void certificationAfterAPassedRetakeIsRecorded() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 40, POC), POC);
    vetting.recordRetake(id, new TrainingRecord(TODAY, null, 75, POC), POC);

    vetting.certify(id);

    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CERTIFIED);
    assertThat(certifications.findByCandidate(candidate(id))).isPresent();
  }

  // ---------------------------------------------------------------- authorisation and credential

  @Test
  void aCredentialBeforeCertificationIsAnError() {
    long id = trained(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = credentials.count();

    assertThatThrownBy(() -> vetting.issueCredential(id, TODAY, "nol.director"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No credential before certification: candidate " + id);

    assertThat(credentials.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.TRAINED);
  }

  @Test
  void anAuthorisationDatedBeforeTheCertificationIsRefused() {
    long id = certified(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = credentials.count();

    assertThatThrownBy(() -> vetting.issueCredential(id, TODAY.minusDays(1), "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "authorizationSignedOn");
          assertThat(e).hasMessage("The authorisation letter cannot be dated before ICE certified the officer (2026-03-20).");
        });

    assertThat(credentials.count()).isEqualTo(before);
    assertThat(certifications.findByCandidate(candidate(id)).orElseThrow().getAuthorizationSignedOn()).isNull();
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CERTIFIED);
  }

  @Test
  void anAuthorisationDatedInTheFutureIsRefused() {
    long id = certified(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = credentials.count();

    assertThatThrownBy(() -> vetting.issueCredential(id, TODAY.plusDays(1), "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "authorizationSignedOn");
          assertThat(e).hasMessage("The authorisation letter cannot be dated in the future.");
        });

    assertThat(credentials.count()).isEqualTo(before);
    assertThat(certifications.findByCandidate(candidate(id)).orElseThrow().getAuthorizationSignedOn()).isNull();
  }

  @Test
  void anAuthorisationDatedTodayInGuamIsAcceptedWhileItIsStillYesterdayInUtc() {
    when(instructors.isWsoPointOfContact(POC, "SFR")).thenReturn(true);
    String number = steps.moaActive(new LetterOfInterest("Guam Department of Corrections", "GU0010000", "GU", "Guam",
        "Guam Adult Correctional Facility", "SFR", 4, LocalDate.of(2026, 2, 27), "Jane Roe", "jane@guam.example.gov"));
    long id = certified(number, "G-1", "officer.one@guam.example.gov");
    clock.set("2026-03-20T22:00:00Z"); // 08:00 on 21 March in Guam

    assertThat(vetting.issueCredential(id, TODAY.plusDays(1), "sfr.director").getForm70006ExecutedOn())
        .as("Form 70-006 is executed on Guam's today").isEqualTo(TODAY.plusDays(1));
  }

  @Test
  void anUndatedAuthorisationIsRefused() {
    long id = certified(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = credentials.count();

    assertThatThrownBy(() -> vetting.issueCredential(id, null, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "authorizationSignedOn"));

    assertThat(credentials.count()).isEqualTo(before);
  }

  @Test
  void noCredentialBeforeTheMoaIsActive() {
    long id = certified(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    long before = credentials.count();

    assertThatThrownBy(() -> vetting.issueCredential(id, TODAY, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "authorizationSignedOn");
          assertThat(e).hasMessage("No credential without an active MOA: Demo Parish Sheriff's Office is APPLICANT.");
        });

    assertThat(credentials.count()).isEqualTo(before);
    Candidate candidate = candidate(id);
    assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.CERTIFIED);
    assertThat(candidate.getUserId()).isNull();
    assertThat(certifications.findByCandidate(candidate).orElseThrow().getAuthorizationSignedOn()).isNull();
  }

  @Test
  void theCredentialIsNumberedAfterTheOriAndTheOfficerGetsANewAccountNamedAfterOriAndBadge() {
    String number = active(ORI);
    long id = certified(number, "B-101", "John.Doe@DemoParish.Example.gov");
    long before = credentials.count();

    Credential returned = vetting.issueCredential(id, TODAY, "nol.director");

    assertThat(returned.getNumber()).isEqualTo("WSO-LA0990000-0001");
    assertThat(credentials.count()).isEqualTo(before + 1);
    Candidate candidate = candidate(id);
    assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.CREDENTIALED);
    assertThat(candidate.getUserId()).isEqualTo("wso.la0990000.b-101");
    Certification certification = certifications.findByCandidate(candidate).orElseThrow();
    assertThat(certification.getAuthorizationSignedOn()).isEqualTo(TODAY);
    assertThat(certification.getAuthorizationRecordedBy()).isEqualTo("nol.director");
    Credential credential = credentials.findById(returned.getId()).orElseThrow();
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.ACTIVE);
    assertThat(credential.isActive()).isTrue();
    assertThat(credential.getAgency().getOri()).isEqualTo(ORI);
    assertThat(credential.getCandidate().getId()).isEqualTo(id);
    assertThat(credential.getIssuedAt()).isEqualTo(TestClock.NOW);
    assertThat(credential.getForm70006ExecutedOn()).isEqualTo(TODAY);
    assertThat(credential.getEndedAt()).isNull();
  }

  @Test
  void theSecondCredentialOfTheAgencyGetsTheNextNumberAndBothCount() {
    String number = active(ORI);
    long john = certified(number, "B-101", "john.doe@demoparish.example.gov");
    long mary = certified(number, "B-102", "mary.major@demoparish.example.gov");
    long richard = trained(number, "B-103", "richard.roe@demoparish.example.gov");
    assertThat(vetting.countCredentialed(number)).isZero();

    vetting.issueCredential(john, TODAY, "nol.director");
    Credential second = vetting.issueCredential(mary, TODAY, "nol.director");

    assertThat(second.getNumber()).isEqualTo("WSO-LA0990000-0002");
    flushAndClear();
    assertThat(vetting.countCredentialed(number)).isEqualTo(2);
    assertThat(candidate(richard).getStatus()).isEqualTo(CandidateStatus.TRAINED);
  }

  @Test
  void anOperationalAgencyMayGetMoreCredentials() {
    String number = active(ORI);
    long john = certified(number, "B-101", "john.doe@demoparish.example.gov");
    vetting.issueCredential(john, TODAY, "nol.director");
    participation.startOperations(number);
    long mary = certified(number, "B-102", "mary.major@demoparish.example.gov");

    vetting.issueCredential(mary, TODAY, "nol.director");

    assertThat(candidate(mary).getStatus()).isEqualTo(CandidateStatus.CREDENTIALED);
    assertThat(vetting.countCredentialed(number)).isEqualTo(2);
  }

  @Test
  void countCredentialedCountsNobodyOnAFreshApplication() {
    String number = approved(ORI);
    nominated(number, "B-101", "john.doe@demoparish.example.gov");

    assertThat(vetting.countCredentialed(number)).isZero();
  }

  // ---------------------------------------------------------------- rule 6: the agreement ends

  @Test
  void endingTheAgreementRevokesEveryActiveCredentialOfTheAgencyWithTheReason() {
    String number = active(ORI);
    long john = certified(number, "B-101", "john.doe@demoparish.example.gov");
    long mary = certified(number, "B-102", "mary.major@demoparish.example.gov");
    vetting.issueCredential(john, TODAY, "nol.director");
    vetting.issueCredential(mary, TODAY, "nol.director");
    participation.startOperations(number);
    String other = active("MS0450000");
    long elsewhere = certified(other, "B-101", "jim.smith@otherparish.example.gov");
    vetting.issueCredential(elsewhere, TODAY, "nol.director");
    participation.recordNotice(number, new Notice("ICE", Notice.TERMINATION, "Misuse of authority", true), "hq.analyst");
    clock.set("2026-03-21T09:30:00Z");

    participation.endAgreement(number);

    flushAndClear();
    Agency agency = candidate(john).getAgency();
    assertThat(agency.getStatus()).isEqualTo(AgencyStatus.TERMINATED);
    List<Credential> revoked = credentials.findByAgencyIdAndStatus(agency.getId(), CredentialStatus.REVOKED);
    assertThat(revoked).hasSize(2).allSatisfy(credential -> {
      assertThat(credential.isActive()).isFalse();
      assertThat(credential.getEndReason()).isEqualTo("MOA terminated on notice from ICE: Misuse of authority");
      assertThat(credential.getEndedAt()).isEqualTo(Instant.parse("2026-03-21T09:30:00Z"));
    });
    assertThat(credentials.findByAgencyIdAndStatus(agency.getId(), CredentialStatus.ACTIVE)).isEmpty();
    assertThat(candidate(john).getStatus()).isEqualTo(CandidateStatus.REVOKED);
    assertThat(candidate(mary).getStatus()).isEqualTo(CandidateStatus.REVOKED);
    assertThat(vetting.countCredentialed(number)).isZero();
    // another agency's officer keeps the credential
    assertThat(candidate(elsewhere).getStatus()).isEqualTo(CandidateStatus.CREDENTIALED);
    assertThat(credentials.findByAgencyIdAndStatus(candidate(elsewhere).getAgency().getId(), CredentialStatus.ACTIVE))
        .hasSize(1);
  }

  @Test
  void aSuspensionSuspendsTheCredentialsWithoutRevokingThemAndNoNewOneIsIssued() {
    String number = active(ORI);
    long john = certified(number, "B-101", "john.doe@demoparish.example.gov");
    long mary = certified(number, "B-102", "mary.major@demoparish.example.gov");
    vetting.issueCredential(john, TODAY, "nol.director");
    participation.startOperations(number);
    participation.suspend(number, participation.recordNotice(number, new Notice("LEA", Notice.SUSPENSION, "Jail renovation", false), "hq.analyst").getId());
    long before = credentials.count();

    assertThatThrownBy(() -> vetting.issueCredential(mary, TODAY, "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "authorizationSignedOn");
          assertThat(e).hasMessage("No credential without an active MOA: Demo Parish Sheriff's Office is SUSPENDED.");
        });

    assertThat(credentials.count()).isEqualTo(before);
    Candidate suspended = candidate(john);
    assertThat(suspended.getStatus()).isEqualTo(CandidateStatus.CREDENTIALED);
    assertThat(credentials.findByAgencyIdAndStatus(suspended.getAgency().getId(), CredentialStatus.SUSPENDED))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.getSuspensionReason()).isEqualTo("MOA suspended on notice from LEA: Jail renovation");
          assertThat(c.isSuspendedWithAgreement()).isTrue();
          assertThat(c.getEndedAt()).isNull();
        });
    assertThat(candidate(mary).getStatus()).isEqualTo(CandidateStatus.CERTIFIED);
  }

  @Test
  void aRevokedOfficerMayBeNominatedAgainUnderTheAgencysNextApplication() {
    String number = active(ORI);
    long john = certified(number, "B-101", "john.doe@demoparish.example.gov");
    vetting.issueCredential(john, TODAY, "nol.director");
    participation.recordNotice(number, new Notice("ICE", Notice.TERMINATION, "Budget cuts", true), "hq.analyst");
    participation.endAgreement(number);
    Application next = participation.register(new LetterOfInterest("Demo Parish Sheriff's Office", ORI, "LA",
        "Demo Parish", "Demo Parish Correctional Center", "NOL", 4, TODAY, "Jane Roe",
        "jane.roe@demoparish.example.gov"), "nol.director");

    long again = nominated(next.getNumber(), "B-101", "john.doe@demoparish.example.gov");

    assertThat(candidate(again).getStatus()).isEqualTo(CandidateStatus.NOMINATED);
    assertThat(candidate(john).getStatus()).isEqualTo(CandidateStatus.REVOKED);
    assertThat(applications.findByNumber(next.getNumber())).isPresent();
  }

  // ---------------------------------------------------------------- rule 9: one person, one account

  private Candidate credentialed(String number, String badge, String email) {
    long id = certified(number, badge, email);
    vetting.issueCredential(id, TODAY, "nol.director");
    return candidate(id);
  }

  @Test
  void aNomineeEmailedLikeAnIceUserDoesNotGetThatUsersAccount() {
    when(accounts.exists("nol.ero")).thenReturn(true);

    Candidate officer = credentialed(active(ORI), "B-101", "nol.ero@demoparish.example.gov");

    assertThat(officer.getUserId()).isEqualTo("wso.la0990000.b-101");
  }

  @Test
  void twoOfficersWithTheSameEmailLocalPartGetTwoAccounts() {
    String number = active(ORI);

    Candidate first = credentialed(number, "B-101", "jsmith@demoparish.example.gov");
    Candidate second = credentialed(number, "B-102", "jsmith@sheriff.example.gov");

    assertThat(first.getUserId()).isEqualTo("wso.la0990000.b-101");
    assertThat(second.getUserId()).isEqualTo("wso.la0990000.b-102");
  }

  @Test
  void anAccountIdThatIsTakenGetsTheFirstFreeSuffix() {
    when(accounts.exists("wso.la0990000.b-101")).thenReturn(true);
    when(accounts.exists("wso.la0990000.b-101.2")).thenReturn(true);

    Candidate officer = credentialed(active(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThat(officer.getUserId()).isEqualTo("wso.la0990000.b-101.3");
  }

  @Test
  void anAccountAnAdministratorLinkedByEmailServesTheOfficer() {
    String number = active(ORI);
    links.save(new AccountLink("john.doe@demoparish.example.gov", null, null, "john.doe", "admin", TestClock.NOW));

    Candidate officer = credentialed(number, "B-101", "John.Doe@DemoParish.Example.gov");

    assertThat(officer.getUserId()).isEqualTo("john.doe");
  }

  @Test
  void aLinkByAgencyAndBadgeIsPreferredToALinkByEmail() {
    String number = active(ORI);
    long id = certified(number, "B-101", "john.doe@demoparish.example.gov");
    links.save(new AccountLink("john.doe@demoparish.example.gov", null, null, "jdoe.mail", "admin", TestClock.NOW));
    links.save(new AccountLink(null, candidate(id).getAgency(), "B-101", "jdoe.badge", "admin", TestClock.NOW));

    vetting.issueCredential(id, TODAY, "nol.director");

    assertThat(candidate(id).getUserId()).isEqualTo("jdoe.badge");
  }

  @Test
  void aLinkForTheSameBadgeInAnotherAgencyIsNotHonoured() {
    String other = approved("MS0450000");
    long elsewhere = nominated(other, "B-101", "jim.smith@otherparish.example.gov");
    links.save(new AccountLink(null, candidate(elsewhere).getAgency(), "B-101", "jim.smith", "admin", TestClock.NOW));

    Candidate officer = credentialed(active(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThat(officer.getUserId()).isEqualTo("wso.la0990000.b-101");
  }

  @Test
  void anOfficerCredentialedAgainUnderTheNextMoaKeepsTheirAccount() {
    String number = active(ORI);
    when(accounts.exists("wso.la0990000.b-101")).thenReturn(false);
    Candidate first = credentialed(number, "B-101", "john.doe@demoparish.example.gov");
    participation.recordNotice(number, new Notice("ICE", Notice.TERMINATION, "Budget cuts", true), "hq.analyst");
    participation.endAgreement(number);
    // the account exists now: a new id would get a suffix, the same person gets the same account
    when(accounts.exists("wso.la0990000.b-101")).thenReturn(true);
    String next = active(ORI);

    Candidate again = credentialed(next, "B-101", "john.doe@demoparish.example.gov");

    assertThat(again.getId()).isNotEqualTo(first.getId());
    assertThat(again.getUserId()).isEqualTo(first.getUserId()).isEqualTo("wso.la0990000.b-101");
  }

  // ---------------------------------------------------------------- rule 9: separation of duties

  @Test
  void theInvestigatorWhoseAccountHasTheCandidatesEmailMayNotClearThem() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    when(accounts.email("jdoe.ps")).thenReturn(Optional.of("John.Doe@DemoParish.Example.gov"));
    long before = backgroundChecks.count();

    assertThatThrownBy(() -> vetting.recordBackgroundResult(id, BackgroundCheck.Result.CLEARED, null, "jdoe.ps"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "backgroundResult");
          assertThat(e).hasMessage("Separation of duties: jdoe.ps is the candidate Officer B-101 (same account or "
              + "e-mail) and may not decide their own background investigation.");
        });

    assertThat(backgroundChecks.count()).isEqualTo(before);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.NOMINATED);
  }

  @Test
  void theInvestigatorWhoseAccountIsLinkedToTheCandidateMayNotClearThem() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    links.save(new AccountLink(null, candidate(id).getAgency(), "B-101", "ps.jdoe", "admin", TestClock.NOW));

    assertThatThrownBy(() -> vetting.recordBackgroundResult(id, BackgroundCheck.Result.NOT_CLEARED, "Nothing.",
        "ps.jdoe"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "backgroundResult"));

    assertThat(backgroundChecks.findByCandidate(candidate(id))).isEmpty();
  }

  @Test
  void anInvestigatorWithAnotherEmailClearsTheCandidate() {
    long id = nominated(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    when(accounts.email("ps.investigator")).thenReturn(Optional.of("ps.investigator@ice.example.gov"));

    vetting.recordBackgroundResult(id, BackgroundCheck.Result.CLEARED, null, "ps.investigator");

    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CLEARED);
  }

  @Test
  void theWsoPointOfContactMayNotRecordTheirOwnTraining() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    when(accounts.email(POC)).thenReturn(Optional.of("john.doe@demoparish.example.gov"));

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "instructor");
          assertThat(e).hasMessage("Separation of duties: nol.poc is the candidate Officer B-101 (same account or "
              + "e-mail) and may not record or give their own training.");
        });

    assertThat(attempts(id)).isEmpty();
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CLEARED);
  }

  @Test
  void theCandidateMayNotBeTheirOwnInstructor() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    when(instructors.isWsoPointOfContact("jdoe.poc", "NOL")).thenReturn(true);
    when(accounts.email("jdoe.poc")).thenReturn(Optional.of("john.doe@demoparish.example.gov"));

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 90, "jdoe.poc"), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "instructor"));

    assertThat(attempts(id)).isEmpty();
  }

  @Test
  void theWsoPointOfContactMayNotRecordTheirOwnRetake() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 60, POC), POC);
    links.save(new AccountLink("john.doe@demoparish.example.gov", null, null, "jdoe.poc", "admin", TestClock.NOW));
    when(instructors.isWsoPointOfContact("jdoe.poc", "NOL")).thenReturn(true);

    assertThatThrownBy(() -> vetting.recordRetake(id, new TrainingRecord(TODAY, null, 90, POC), "jdoe.poc"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "retakeInstructor"));

    assertThat(attempts(id)).hasSize(1);
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.EXAM_FAILED);
  }

  // ---------------------------------------------------------------- rule 10: exam attempts belong to the person

  private long disqualified(String number, String badge, String email) {
    long id = cleared(number, badge, email);
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, EIGHT, 60, POC), POC);
    vetting.recordRetake(id, new TrainingRecord(TODAY, null, 65, POC), POC);
    return id;
  }

  @Test
  void aDisqualifiedCandidateCannotBeNominatedAgainUnderTheSameMoaByBadge() {
    String number = approved(ORI);
    disqualified(number, "B-101", "john.doe@demoparish.example.gov");
    long before = candidates.count();

    assertThatThrownBy(() -> vetting.nominate(number, List.of(
        new Nomination("Mary Major", "B-102", "mary.major@demoparish.example.gov", true),
        new Nomination("Johnny Doe", "B-101", "johnny@demoparish.example.gov", true)), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "candidates[1].badgeNumber");
          assertThat(e).hasMessage("Candidate 2: Johnny Doe cannot be nominated again under this MOA: Officer B-101 "
              + "(badge B-101, john.doe@demoparish.example.gov) failed the exam and its retake and is disqualified.");
        });

    assertThat(candidates.count()).isEqualTo(before);
  }

  @Test
  void aDisqualifiedCandidateCannotComeBackUnderANewBadgeWithTheSameEmail() {
    String number = approved(ORI);
    disqualified(number, "B-101", "john.doe@demoparish.example.gov");
    long before = candidates.count();

    assertThatThrownBy(() -> vetting.nominate(number, List.of(
        new Nomination("John Doe", "B-901", "JOHN.DOE@demoparish.example.gov", true)), "demo.sheriff"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "candidates[0].email");
          assertThat(e.getMessage()).contains("failed the exam and its retake and is disqualified");
        });

    assertThat(candidates.count()).isEqualTo(before);
  }

  @Test
  void anotherOfficerMayBeNominatedBesideADisqualifiedOne() {
    String number = approved(ORI);
    disqualified(number, "B-101", "john.doe@demoparish.example.gov");

    long mary = nominated(number, "B-102", "mary.major@demoparish.example.gov");

    assertThat(candidate(mary).getStatus()).isEqualTo(CandidateStatus.NOMINATED);
  }

  @Test
  void theSameEmailAgainWhileTheFirstNominationIsInProgressIsRefused() {
    String number = approved(ORI);
    nominated(number, "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> nominated(number, "B-999", "john.doe@demoparish.example.gov"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "candidates[0].email");
          assertThat(e).hasMessage("Candidate 1: john.doe@demoparish.example.gov is already nominated or certified in "
              + "this agency.");
        });
  }

  @Test
  void aCandidateWhoWasNotClearedIsNominatedAgainWithANewBackgroundInvestigation() {
    String number = approved(ORI);
    long first = nominated(number, "B-101", "john.doe@demoparish.example.gov");
    vetting.recordBackgroundResult(first, BackgroundCheck.Result.NOT_CLEARED, "Prior conviction.", "ps.investigator");

    long again = nominated(number, "B-101", "john.doe@demoparish.example.gov");

    // nothing of the first investigation carries over: no result, no training before a new clearance
    assertThat(backgroundChecks.findByCandidate(candidate(again))).isEmpty();
    assertThatThrownBy(() -> vetting.recordTraining(again, new TrainingRecord(TODAY, EIGHT, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "trainingDate"));
    assertThatThrownBy(() -> vetting.certify(again)).isInstanceOf(IllegalStateException.class);

    vetting.recordBackgroundResult(again, BackgroundCheck.Result.CLEARED, null, "ps.investigator");

    assertThat(backgroundChecks.findByCandidate(candidate(again)).orElseThrow().getResult())
        .isEqualTo(BackgroundCheck.Result.CLEARED);
    assertThat(backgroundChecks.findByCandidate(candidate(first)).orElseThrow().getResult())
        .isEqualTo(BackgroundCheck.Result.NOT_CLEARED);
    assertThat(candidate(again).getStatus()).isEqualTo(CandidateStatus.CLEARED);
  }

  // ---------------------------------------------------------------- rule 11: training not before clearance

  @Test
  void trainingDatedBeforeTheBackgroundClearanceIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThatThrownBy(() -> vetting.recordTraining(id, new TrainingRecord(LocalDate.of(2026, 3, 15), EIGHT, 90, POC),
        POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "trainingDate");
          assertThat(e).hasMessage("Training cannot be dated before the background clearance (2026-03-16); "
              + "2026-03-15 was entered.");
        });

    assertThat(attempts(id)).isEmpty();
    assertThat(candidate(id).getStatus()).isEqualTo(CandidateStatus.CLEARED);
  }

  @Test
  void trainingOnTheDayOfTheClearanceIsRecorded() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");

    assertThat(vetting.recordTraining(id, new TrainingRecord(LocalDate.of(2026, 3, 16), EIGHT, 90, POC), POC)).isTrue();

    assertThat(attempts(id)).singleElement()
        .satisfies(attempt -> assertThat(attempt.getTrainingDate()).isEqualTo(LocalDate.of(2026, 3, 16)));
  }

  @Test
  void aRetakeDatedBeforeTheBackgroundClearanceIsRefused() {
    long id = cleared(approved(ORI), "B-101", "john.doe@demoparish.example.gov");
    vetting.recordTraining(id, new TrainingRecord(LocalDate.of(2026, 3, 16), EIGHT, 60, POC), POC);

    assertThatThrownBy(() -> vetting.recordRetake(id, new TrainingRecord(LocalDate.of(2026, 3, 1), null, 90, POC), POC))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          refusedOn(e, "retakeDate");
          assertThat(e.getMessage()).startsWith("Training cannot be dated before the background clearance (2026-03-16)");
        });

    assertThat(attempts(id)).hasSize(1);
  }
}
