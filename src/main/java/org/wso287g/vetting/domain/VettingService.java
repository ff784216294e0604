package org.wso287g.vetting.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.common.Problems;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyStatus;
import org.wso287g.onboarding.domain.AgreementEnded;
import org.wso287g.onboarding.domain.AgreementSuspended;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.domain.ApplicationDecided;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.program.ProgramParameters;

/**
 * Fact sheet steps 4 and 5 on the domain records: nomination, background investigation, training
 * and exam, certification, credential. Every step of Process 2 calls one method here.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class VettingService {

  /** A candidate in these states still counts as nominated: the same badge cannot be nominated again. */
  private static final EnumSet<CandidateStatus> IN_PROGRESS = EnumSet.of(CandidateStatus.NOMINATED,
      CandidateStatus.CLEARED, CandidateStatus.EXAM_FAILED, CandidateStatus.TRAINED, CandidateStatus.CERTIFIED, CandidateStatus.CREDENTIALED);

  /** What {@code training_attempt.hours} (numeric(4,1)) holds. */
  static final BigDecimal MAX_TRAINING_HOURS = new BigDecimal("999.9");

  private final ParticipationService participation;
  private final CandidateRepository candidates;
  private final BackgroundCheckRepository backgroundChecks;
  private final TrainingAttemptRepository trainingAttempts;
  private final CertificationRepository certifications;
  private final CredentialRepository credentials;
  private final Instructors instructors;
  private final AccountLinkRepository links;
  private final OfficerAccounts accounts;
  private final ProgramParameters program;
  private final FieldOfficeCalendar calendar;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  /** Step 4 begins: the agency's command staff name their candidates. */
  public List<Candidate> nominate(String applicationNumber, List<Nomination> nominations, String actor) {
    Problems problems = new Problems();
    Nomination.validate(nominations, problems);
    problems.throwIfAny();
    Application application = participation.application(applicationNumber);
    List<Candidate> disqualified = candidates.findByApplicationAndStatus(application, CandidateStatus.DISQUALIFIED);
    for (int i = 0; i < nominations.size(); i++) {
      Nomination n = nominations.get(i);
      String at = "candidates[" + i + "].";
      String who = "Candidate " + (i + 1);
      Optional<Candidate> failedTwice = disqualified.stream().filter(d -> samePerson(d, n)).findFirst();
      if (candidates.existsByAgencyAndBadgeNumberAndStatusIn(application.getAgency(), n.badgeNumber(), IN_PROGRESS)) {
        problems.add(at + "badgeNumber", who + ": badge number " + n.badgeNumber()
            + " is already nominated or certified in this agency.");
      } else if (candidates.existsByAgencyAndEmailIgnoreCaseAndStatusIn(application.getAgency(), n.email(), IN_PROGRESS)) {
        problems.add(at + "email", who + ": " + n.email() + " is already nominated or certified in this agency.");
      } else if (failedTwice.isPresent()) {
        // Rule 10: the exam and its one retake belong to the person, not to the nomination.
        Candidate d = failedTwice.get();
        problems.add(at + (d.getBadgeNumber().equals(n.badgeNumber()) ? "badgeNumber" : "email"), who + ": "
            + n.fullName() + " cannot be nominated again under this MOA: " + d.getFullName() + " (badge "
            + d.getBadgeNumber() + ", " + d.getEmail() + ") failed the exam and its retake and is disqualified.");
      }
    }
    problems.throwIfAny();
    return nominations.stream()
        .map(n -> candidates.save(new Candidate(application, n, actor, clock.instant())))
        .toList();
  }

  /** Rules 9 and 10 take a person to be the same agency and badge number, or the same e-mail. */
  private static boolean samePerson(Candidate earlier, Nomination nomination) {
    return earlier.getBadgeNumber().equals(nomination.badgeNumber()) || earlier.getEmail().equalsIgnoreCase(nomination.email());
  }

  @Transactional(readOnly = true)
  public Candidate candidate(long id) {
    return candidates.findById(id).orElseThrow(() -> new IllegalStateException("No candidate " + id + " is on record."));
  }

  public void recordBackgroundResult(long candidateId, BackgroundCheck.Result result, String notes, String actor) {
    Candidate candidate = candidate(candidateId);
    if (candidate.getStatus() != CandidateStatus.NOMINATED) {
      throw new RuleViolation("backgroundResult", candidate.getFullName() + " already has a background result ("
          + candidate.getStatus() + ").");
    }
    if (isTheCandidate(candidate, actor)) {
      throw new RuleViolation("backgroundResult", "Separation of duties: " + actor + " is the candidate "
          + candidate.getFullName() + " (same account or e-mail) and may not decide their own background investigation.");
    }
    if (result == BackgroundCheck.Result.NOT_CLEARED && !Text.present(notes)) {
      throw new RuleViolation("backgroundNotes", "Say why the candidate is not cleared: notes are required.");
    }
    new Problems().atMost("backgroundNotes", notes, 4000, "The notes").throwIfAny();
    backgroundChecks.save(new BackgroundCheck(candidate, result, notes, actor, clock.instant()));
    candidate.moveTo(result == BackgroundCheck.Result.CLEARED ? CandidateStatus.CLEARED : CandidateStatus.NOT_CLEARED);
  }

  /**
   * Step 5: the course and its exam. Rule 3 (no training before background clearance) and the
   * minimum hours refuse the record; a failed exam is recorded and leaves one retake.
   *
   * @return whether the exam was passed
   */
  public boolean recordTraining(long candidateId, TrainingRecord record, String actor) {
    Candidate candidate = candidate(candidateId);
    if (candidate.getStatus() == CandidateStatus.NOMINATED || candidate.getStatus() == CandidateStatus.NOT_CLEARED) {
      throw new RuleViolation("trainingDate", "No training is recorded before background clearance: "
          + candidate.getFullName() + " is " + candidate.getStatus() + ".");
    }
    if (candidate.getStatus() != CandidateStatus.CLEARED) {
      throw new RuleViolation("trainingDate", "The training of " + candidate.getFullName()
          + " is already recorded (" + candidate.getStatus() + "); a failed exam has its own retake step.");
    }
    refuseOwnTraining(candidate, record, actor, "instructor");
    checkRecord(record, candidate, "trainingDate", "trainingHours", "examScore", "instructor");
    boolean passed = record.examScore() >= program.getExamPassMark();
    trainingAttempts.save(new TrainingAttempt(candidate, 1, record.date(), record.hours(), record.examScore(), passed,
        record.instructor(), actor, clock.instant()));
    candidate.moveTo(passed ? CandidateStatus.TRAINED : CandidateStatus.EXAM_FAILED);
    return passed;
  }

  /**
   * The one retake the MOA allows. A second failure disqualifies the candidate.
   *
   * @return whether the retake was passed
   */
  public boolean recordRetake(long candidateId, TrainingRecord record, String actor) {
    Candidate candidate = candidate(candidateId);
    if (candidate.getStatus() != CandidateStatus.EXAM_FAILED) {
      throw new RuleViolation("retakeScore", "A retake is only for a candidate who failed the first exam: "
          + candidate.getFullName() + " is " + candidate.getStatus() + ".");
    }
    refuseOwnTraining(candidate, record, actor, "retakeInstructor");
    checkRecord(record, candidate, "retakeDate", null, "retakeScore", "retakeInstructor");
    TrainingAttempt first = trainingAttempts.findByCandidateOrderByAttempt(candidate).get(0);
    if (record.date() != null && record.date().isBefore(first.getTrainingDate())) {
      throw new RuleViolation("retakeDate", "The retake cannot be dated before the first exam (" + first.getTrainingDate() + ").");
    }
    boolean passed = record.examScore() >= program.getExamPassMark();
    trainingAttempts.save(new TrainingAttempt(candidate, 2, record.date(), null, record.examScore(), passed,
        record.instructor(), actor, clock.instant()));
    candidate.moveTo(passed ? CandidateStatus.TRAINED : CandidateStatus.DISQUALIFIED);
    return passed;
  }

  /** Rule 9: the WSO point of contact who records the training, or the instructor named, is not the candidate. */
  private void refuseOwnTraining(Candidate candidate, TrainingRecord record, String actor, String instructorField) {
    for (String user : new String[] {actor, record.instructor()}) {
      if (user != null && isTheCandidate(candidate, user)) {
        throw new RuleViolation(instructorField, "Separation of duties: " + user + " is the candidate "
            + candidate.getFullName() + " (same account or e-mail) and may not record or give their own training.");
      }
    }
  }

  private void checkRecord(TrainingRecord record, Candidate candidate, String dateField, String hoursField,
      String scoreField, String instructorField) {
    Problems problems = new Problems();
    if (record.date() == null || record.date().isAfter(calendar.today(candidate.getAgency()))) {
      problems.add(dateField, "The date is required and cannot be in the future.");
    } else {
      // Rule 11: facts in their order; the status check above already made sure the clearance exists.
      clearedOn(candidate).filter(record.date()::isBefore).ifPresent(clearedOn -> problems.add(dateField,
          "Training cannot be dated before the background clearance (" + clearedOn + "); " + record.date()
              + " was entered."));
    }
    if (hoursField != null) {
      BigDecimal minimum = program.getMinimumTrainingHours();
      if (record.hours() == null || record.hours().compareTo(minimum) < 0) {
        problems.add(hoursField, "The training record needs at least " + minimum.stripTrailingZeros().toPlainString()
            + " hours; " + (record.hours() == null ? "none" : record.hours().stripTrailingZeros().toPlainString())
            + " were entered.");
      } else if (record.hours().compareTo(MAX_TRAINING_HOURS) > 0) {
        problems.add(hoursField, "The training record holds at most " + MAX_TRAINING_HOURS + " hours; "
            + record.hours().stripTrailingZeros().toPlainString() + " were entered.");
      }
    }
    problems.check(record.examScore() >= 0 && record.examScore() <= 100, scoreField,
        "The exam score must be between 0 and 100; " + record.examScore() + " was entered.");
    String office = candidate.getAgency().getFieldOfficeCode();
    problems.check(record.instructor() != null && instructors.isWsoPointOfContact(record.instructor(), office),
        instructorField, "The instructor must be a member of the " + office + " WSO point-of-contact group (fo-"
            + office.toLowerCase() + "-wso-poc); '" + record.instructor() + "' is not.");
    problems.throwIfAny();
  }

  /** Rule: no certification before background clearance and completed training with a passed exam. */
  public Certification certify(long candidateId) {
    Candidate candidate = candidate(candidateId);
    boolean cleared = backgroundChecks.findByCandidate(candidate)
        .map(check -> check.getResult() == BackgroundCheck.Result.CLEARED).orElse(false);
    List<TrainingAttempt> attempts = trainingAttempts.findByCandidateOrderByAttempt(candidate);
    boolean trained = !attempts.isEmpty() && attempts.get(0).getHours() != null
        && attempts.get(0).getHours().compareTo(program.getMinimumTrainingHours()) >= 0;
    boolean examPassed = attempts.stream().anyMatch(TrainingAttempt::isPassed);
    if (candidate.getStatus() != CandidateStatus.TRAINED || !cleared || !trained || !examPassed) {
      throw new IllegalStateException("No certification before background clearance and completed training: "
          + candidate.getFullName() + " (candidate " + candidateId + ", " + candidate.getStatus() + ") has cleared=" + cleared + ", trained="
          + trained + ", examPassed=" + examPassed + ".");
    }
    candidate.moveTo(CandidateStatus.CERTIFIED);
    return certifications.save(new Certification(candidate, clock.instant()));
  }

  /**
   * The FOD's authorisation letter, then Form 70-006 and the credential. Rule: authorisation letter
   * before credential, and only under an active MOA.
   */
  public Credential issueCredential(long candidateId, LocalDate authorizationSignedOn, String actor) {
    Candidate candidate = candidate(candidateId);
    Certification certification = certifications.findByCandidate(candidate)
        .orElseThrow(() -> new IllegalStateException("No credential before certification: candidate " + candidateId));
    Agency agency = candidate.getAgency();
    LocalDate certifiedOn = calendar.dayOf(certification.getCertifiedAt(), agency);
    LocalDate today = calendar.today(agency);
    new Problems()
        .check(authorizationSignedOn != null, "authorizationSignedOn", "The date the letter was signed is required.")
        .check(authorizationSignedOn == null || !authorizationSignedOn.isAfter(today), "authorizationSignedOn",
            "The authorisation letter cannot be dated in the future.")
        .check(authorizationSignedOn == null || !authorizationSignedOn.isBefore(certifiedOn), "authorizationSignedOn",
            "The authorisation letter cannot be dated before ICE certified the officer (" + certifiedOn + ").")
        .throwIfAny();
    AgencyStatus agencyStatus = candidate.getAgency().getStatus();
    if (agencyStatus != AgencyStatus.MOA_ACTIVE && agencyStatus != AgencyStatus.OPERATIONAL) {
      throw new RuleViolation("authorizationSignedOn", "No credential without an active MOA: "
          + candidate.getAgency().getName() + " is " + agencyStatus + ".");
    }
    certification.authorizationSigned(authorizationSignedOn, actor);
    String number = "WSO-" + candidate.getAgency().getOri() + "-"
        + String.format("%04d", credentials.countByAgency(candidate.getAgency()) + 1);
    Credential credential = credentials.save(new Credential(number, candidate, clock.instant(), today));
    candidate.credentialed(accountFor(candidate));
    events.publishEvent(new ApplicationDecided(candidate.getApplication().getNumber(),
        ApplicationDecided.Decision.OFFICER_CREDENTIALED, candidate.getFullName() + ", credential " + number));
    return credential;
  }

  /** The day personnel security cleared the candidate, if they did, in the agency's field-office time zone. */
  private Optional<LocalDate> clearedOn(Candidate candidate) {
    return backgroundChecks.findByCandidate(candidate)
        .filter(check -> check.getResult() == BackgroundCheck.Result.CLEARED)
        .map(check -> calendar.dayOf(check.getDecidedAt(), candidate.getAgency()));
  }

  /**
   * Rule 9, one person one account: the account an administrator linked to this person, else the
   * account of the same person's earlier credential in the agency, else a new one whose id no user has.
   */
  private String accountFor(Candidate candidate) {
    return existingAccount(candidate).orElseGet(() -> OfficerAccountIds.firstFree(
        OfficerAccountIds.base(candidate.getAgency().getOri(), candidate.getBadgeNumber()), accounts::exists));
  }

  /** An account that is already this person's: linked by an administrator (by badge first), or held before. */
  private Optional<String> existingAccount(Candidate candidate) {
    return links.findNaming(candidate.getAgency(), candidate.getBadgeNumber(), candidate.getEmail().toLowerCase(Locale.ROOT))
        .stream()
        .min(Comparator.comparing(link -> !link.byBadge()))
        .map(AccountLink::getUserId)
        .or(() -> candidates.findAccountsOfPerson(candidate.getAgency(), candidate.getBadgeNumber(), candidate.getEmail())
            .stream().findFirst());
  }

  /** Rule 9: whether this user is the candidate: their account, or an account with their e-mail. */
  private boolean isTheCandidate(Candidate candidate, String userId) {
    return userId.equals(candidate.getUserId())
        || existingAccount(candidate).filter(userId::equals).isPresent()
        || accounts.email(userId).filter(candidate.getEmail()::equalsIgnoreCase).isPresent();
  }

  /** Certified officers of one application (the participation path needs at least one to go on). */
  @Transactional(readOnly = true)
  public long countCredentialed(String applicationNumber) {
    return candidates.countByApplicationAndStatus(participation.application(applicationNumber),
        CandidateStatus.CREDENTIALED);
  }

  /**
   * Rule 6: a suspended MOA suspends every active credential of its agency (not revoked); lifting it
   * gives back the credentials it suspended, not an officer suspended on their own (a complaint).
   * First, so that the listeners that stand officers down see the new states.
   */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public void suspendOrReinstateCredentials(AgreementSuspended suspension) {
    if (suspension.lifted()) {
      credentials.findByAgencyIdAndStatus(suspension.agencyId(), CredentialStatus.SUSPENDED).stream()
          .filter(Credential::isSuspendedWithAgreement).forEach(Credential::reinstate);
    } else {
      credentials.findByAgencyIdAndStatus(suspension.agencyId(), CredentialStatus.ACTIVE)
          .forEach(credential -> credential.suspend(suspension.reason(), true, clock.instant()));
    }
  }

  /** Rule 6: when the MOA ends, every credential of the agency, active or suspended, goes back to ICE at once. */
  @EventListener
  public void revokeCredentials(AgreementEnded ended) {
    for (Credential credential : credentials.findByAgencyId(ended.agencyId()).stream()
        .filter(c -> !c.getStatus().isEnded()).toList()) {
      credential.end(CredentialStatus.REVOKED, ended.reason(), clock.instant());
      credential.getCandidate().moveTo(CandidateStatus.REVOKED);
      events.publishEvent(new CredentialEnded(credential.getId(), credential.getNumber(), credential.getStatus()));
    }
  }
}
