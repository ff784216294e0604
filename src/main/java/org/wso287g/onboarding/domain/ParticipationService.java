package org.wso287g.onboarding.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.ConcurrentDuplicate;
import org.wso287g.common.Problems;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.fieldoffice.FieldOfficeRepository;
import org.wso287g.program.ProgramParameters;

/**
 * The participation path (fact sheet steps 1 to 3 and 6) on the domain records: every step of
 * Process 1 calls one method here, inside the engine's transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ParticipationService {

  private static final String APPLICATION_NUMBER_FIELD = "applicationNumber";
  private static final String OPEN_APPLICATION = "already has an open application";
  private static final String CORRECTIVE_ACTIONS = "correctiveActions";
  private static final String CORRECTION_DUE_ON = "correctionDueOn";
  private static final String NON_COMPLIANCE_DECISION = "nonComplianceDecision";
  private static final int TEXT_LIMIT = 4000;
  private static final int NOTICE_REASON_LIMIT = 2000;
  private static final String AT_MOST_4000 = "At most 4000 characters.";

  /** A correction is due within a year of the day its date is set: a longer one outlasts the next annual review. */
  public static final Period LONGEST_CORRECTION = Period.ofYears(1);

  private final AgencyRepository agencies;
  private final ApplicationRepository applications;
  private final MoaRepository moas;
  private final OversightReviewRepository reviews;
  private final AgreementNoticeRepository notices;
  private final ProgramParameters program;
  private final FieldOfficeRepository fieldOffices;
  private final FieldOfficeCalendar calendar;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  /**
   * Where a letter belongs, for the access policy: the agency's record when the ORI is known (its
   * field office, not the one the letter names), otherwise the field office and ORI of the letter.
   */
  public Jurisdiction jurisdictionOf(LetterOfInterest letter) {
    return Optional.ofNullable(letter.agencyOri()).flatMap(agencies::findByOri).map(Agency::jurisdiction)
        .orElseGet(() -> new Jurisdiction(letter.fieldOfficeCode(), letter.agencyOri()));
  }

  /**
   * Step 1: validates the letter, applies rule 4 and records the application (and the agency, unless
   * it is already known by its ORI, or, imported from ICE's lists without an ORI, by its state and
   * normalised name).
   *
   * @throws RuleViolation naming every bad field
   * @throws DuplicateApplication when the agency has an open application or an active MOA; the model
   *     catches it and the engine's transaction commits, so it must not be marked for rollback
   * @throws ConcurrentDuplicate when a letter for the same agency, sent at the same moment, was
   *     recorded first (rule 13): the database refused this one, and the transaction rolls back
   */
  @Transactional(noRollbackFor = DuplicateApplication.class)
  public Application register(LetterOfInterest letter, String actor) {
    Problems problems = new Problems();
    letter.validate(letterToday(letter), problems);
    checkFieldOffice(letter, problems);
    problems.throwIfAny();
    return ConcurrentDuplicate.unlessTaken(() -> record(letter, actor),
        () -> DuplicateApplication.sentence(letter.agencyOri(), OPEN_APPLICATION));
  }

  /** The agency and the application, flushed: a unique key another letter took is refused here. */
  private Application record(LetterOfInterest letter, String actor) {
    Agency agency = agencies.findByOri(letter.agencyOri())
        .or(() -> importedAgency(letter))
        .orElseGet(() -> agencies.save(new Agency(letter.agencyOri(), letter.agencyName(), letter.agencyState(),
            letter.agencyCounty(), letter.jailFacilityName(), letter.fieldOfficeCode(), clock.instant())));
    if (agency.getFieldOfficeCode() != null && !agency.getFieldOfficeCode().equals(letter.fieldOfficeCode())) {
      throw new RuleViolation("fieldOfficeCode", "The agency with ORI " + letter.agencyOri() + " belongs to the "
          + agency.getFieldOfficeCode() + " field office, not " + letter.fieldOfficeCode() + ".");
    }
    if (!agency.getState().equals(letter.agencyState())) {
      throw new RuleViolation("agencyState", "The agency with ORI " + letter.agencyOri() + " is registered in "
          + agency.getState() + ", not " + letter.agencyState() + ".");
    }
    if (applications.existsByAgencyAndStatusIn(agency, ApplicationStatus.OPEN)) {
      throw new DuplicateApplication(letter.agencyOri(), OPEN_APPLICATION);
    }
    if (moas.hasActiveWsoAgreement(agency)) {
      throw new DuplicateApplication(letter.agencyOri(), "already has an active agreement");
    }
    agency.applied(letter.agencyName(), letter.agencyCounty(), letter.jailFacilityName(), letter.fieldOfficeCode());
    Application application = applications.save(new Application(applications.nextNumber(Year.now(clock)), agency,
        letter, actor, clock.instant()));
    applications.flush();
    return application;
  }

  /**
   * Agreements already in force: headquarters brings a WSO agreement imported from ICE's list into
   * the participation path. The agreement's agency gets an application that stands APPROVED with
   * that agreement (ACTIVE, effective on its SIGNED date: no second MOA), its ORI, jail and field
   * office, and is MOA_ACTIVE until one of its officers is credentialed. Not a duplicate under rule
   * 4: the agreement is the agency's own. The letter's name, state and county may be empty: the
   * agency's record supplies them; a state given must be the record's.
   *
   * @throws RuleViolation naming the field: the agreement is unknown, not WSO, not ACTIVE or already
   *     linked to an application, the ORI is another agency's, the field office does not serve the
   *     agency's state, or a field of the letter breaks its rule
   * @throws ConcurrentDuplicate when the same agreement or agency was linked at the same moment
   */
  public Application enterAgreementInForce(Long agreementId, LetterOfInterest given, String actor) {
    Moa moa = importedAgreementToLink(agreementId);
    Agency agency = moa.getAgency();
    if (given.agencyState() != null && !given.agencyState().equals(agency.getState())) {
      throw new RuleViolation("agencyState", "Agreement " + agreementId + " is with " + agency.getName() + " in "
          + agency.getState() + ", not in " + given.agencyState() + ".");
    }
    LetterOfInterest letter = new LetterOfInterest(
        Text.present(given.agencyName()) ? given.agencyName() : agency.getName(), given.agencyOri(),
        agency.getState(), Text.present(given.agencyCounty()) ? given.agencyCounty() : agency.getCounty(),
        given.jailFacilityName(), given.fieldOfficeCode(), given.requestedOfficerCount(), given.letterDate(),
        given.contactName(), given.contactEmail());
    Problems problems = new Problems();
    letter.validate(letterToday(letter), problems);
    checkFieldOffice(letter, problems);
    problems.throwIfAny();
    checkOriOf(agency, letter, agreementId);
    if (applications.existsByAgencyAndStatusIn(agency, ApplicationStatus.OPEN)) {
      throw new RuleViolation("existingAgreementId", "The agency of agreement " + agreementId + " already has an "
          + "open application: its agreement enters the path through that application.");
    }
    return ConcurrentDuplicate.unlessTaken(() -> link(moa, agency, letter, actor),
        () -> "Agreement " + agreementId + " or its agency was entered at the same moment by someone else: "
            + "it is linked once.");
  }

  private Moa importedAgreementToLink(Long agreementId) {
    String field = "existingAgreementId";
    if (agreementId == null) {
      throw new RuleViolation(field, "Give the id of the agreement, as GET /api/agencies/{id} lists it.");
    }
    Moa moa = moas.findById(agreementId).orElseThrow(() -> new RuleViolation(field, "No agreement "
        + agreementId + " is on record; take the id from the agency's agreements (GET /api/agencies/{id})."));
    if (!Moa.WSO.equals(moa.getModel())) {
      throw new RuleViolation(field, "Agreement " + agreementId + " is a " + moa.getModel() + " agreement, not a "
          + "WSO agreement: only a WSO agreement brings officers, warrants and reviews.");
    }
    if (!moa.isActive()) {
      throw new RuleViolation(field, "Agreement " + agreementId + " is " + moa.getStatus()
          + ": only an ACTIVE agreement is in force.");
    }
    if (moa.getApplication() != null) {
      throw new RuleViolation(field, "Agreement " + agreementId + " is already the agreement of application "
          + moa.getApplication().getNumber() + ".");
    }
    return moa;
  }

  /** The ORI is the agreement's agency's: not another agency's, and not a second one for it. */
  private void checkOriOf(Agency agency, LetterOfInterest letter, Long agreementId) {
    Optional<Agency> holder = agencies.findByOri(letter.agencyOri());
    if (holder.isPresent() && !holder.get().getId().equals(agency.getId())) {
      throw new RuleViolation("agencyOri", "The ORI " + letter.agencyOri() + " belongs to " + holder.get().getName()
          + " (agency " + holder.get().getId() + "), not to " + agency.getName() + ", the agency of agreement "
          + agreementId + ".");
    }
    if (agency.getOri() != null && !agency.getOri().equals(letter.agencyOri())) {
      throw new RuleViolation("agencyOri", agency.getName() + ", the agency of agreement " + agreementId
          + ", has the ORI " + agency.getOri() + ", not " + letter.agencyOri() + ".");
    }
    if (agency.getOri() != null && !agency.getFieldOfficeCode().equals(letter.fieldOfficeCode())) {
      throw new RuleViolation("fieldOfficeCode", "The agency with ORI " + agency.getOri() + " belongs to the "
          + agency.getFieldOfficeCode() + " field office, not " + letter.fieldOfficeCode() + ".");
    }
  }

  /** The agency, its application and the agreement linked, flushed: a key taken at the same moment is refused here. */
  private Application link(Moa moa, Agency agency, LetterOfInterest letter, String actor) {
    if (agency.getOri() == null) {
      agency.identified(letter.agencyOri());
    }
    // An imported agency's field office was a guess for TX, CA and NY: the letter's office, checked above, corrects it.
    agency.applied(letter.agencyName(), letter.agencyCounty(), letter.jailFacilityName(), letter.fieldOfficeCode());
    Application application = applications.save(new Application(applications.nextNumber(Year.now(clock)), agency,
        letter, actor, clock.instant()));
    application.agreementAlreadyInForce();
    moa.linkedTo(application);
    agency.moaActivated();
    applications.flush();
    return application;
  }

  /**
   * An agency known from ICE's lists has no ORI: the letter's agency is that one when the state and
   * the normalised name match, and the letter supplies its ORI (no second agency is created).
   */
  private Optional<Agency> importedAgency(LetterOfInterest letter) {
    return agencies.findFirstByStateAndNormalizedNameAndOriIsNullOrderByIdAsc(letter.agencyState(),
            AgencyNames.normalize(letter.agencyName()))
        .map(agency -> {
          agency.identified(letter.agencyOri());
          return agency;
        });
  }

  /**
   * Today where the letter's field office works (rule 11). A letter naming no known office is refused
   * for it; its date is then checked against the UTC day only so that the other fields are still named.
   */
  private LocalDate letterToday(LetterOfInterest letter) {
    if (letter.fieldOfficeCode() != null && fieldOffices.existsById(letter.fieldOfficeCode())) {
      return calendar.today(letter.fieldOfficeCode(), letter.agencyState());
    }
    return calendar.todayWithoutAnOffice();
  }

  private void checkFieldOffice(LetterOfInterest letter, Problems problems) {
    if (letter.fieldOfficeCode() == null) {
      problems.add("fieldOfficeCode", "The field office is required.");
      return;
    }
    fieldOffices.findById(letter.fieldOfficeCode()).ifPresentOrElse(
        office -> problems.check(letter.agencyState() == null || office.serves(letter.agencyState()),
            "fieldOfficeCode", "The " + office.getName() + " field office does not serve " + letter.agencyState()
                + "; it serves " + office.getStates().replace(",", ", ") + "."),
        () -> problems.add("fieldOfficeCode", "'" + letter.fieldOfficeCode() + "' is not an ERO field office code."));
  }

  /** Step 2: ICE's review and assessment. A comment is required unless the request is approved. */
  public void recordReview(String number, ReviewDecision decision, String comment, String actor) {
    if (decision != ReviewDecision.APPROVED && !Text.present(comment)) {
      throw new RuleViolation("reviewComment", decision == ReviewDecision.DECLINED
          ? "Say why the request is declined: the comment is required unless the request is approved."
          : "Say what information the agency must provide: the comment is required unless the request is approved.");
    }
    new Problems().atMost("reviewComment", comment, TEXT_LIMIT, "The comment").throwIfAny();
    Application application = application(number);
    application.reviewed(decision, comment, actor, clock.instant());
    if (decision == ReviewDecision.DECLINED) {
      application.getAgency().applicationClosed();
    }
    events.publishEvent(new ApplicationDecided(number, switch (decision) {
      case APPROVED -> ApplicationDecided.Decision.APPROVED;
      case DECLINED -> ApplicationDecided.Decision.DECLINED;
      case MORE_INFO -> ApplicationDecided.Decision.MORE_INFORMATION_ASKED;
    }, Text.present(comment) ? comment.trim() : null));
  }

  public void recordMoreInformation(String number, String response) {
    if (!Text.present(response)) {
      throw new RuleViolation("moreInformationResponse", "Answer the question of the review before you send it.");
    }
    new Problems().atMost("moreInformationResponse", response, TEXT_LIMIT, "The answer").throwIfAny();
    application(number).answered(response.trim());
  }

  /** The agency did not answer a request for more information in time. */
  public void withdraw(String number) {
    Application application = application(number);
    if (application.getStatus() != ApplicationStatus.MORE_INFO_REQUESTED) {
      throw new IllegalStateException("Only an application waiting for more information is withdrawn; "
          + number + " is " + application.getStatus() + ".");
    }
    application.withdrawn(clock.instant());
    application.getAgency().applicationClosed();
  }

  /** Step 3 begins: HQ prepares the MOA from the template. Rule 3: only for an approved request. */
  public Moa recordMoaDraft(String number, String templateRevision, String fodContactName, String fodContactEmail,
      String actor) {
    Application application = application(number);
    requireApproved(application);
    new Problems()
        .check(Text.present(templateRevision), "moaTemplateRevision",
            "Name the MOA template revision.")
        .check(Text.present(fodContactName), "fodContactName",
            "Name the Field Office Director's point of contact.")
        .check(Text.isEmail(fodContactEmail),
            "fodContactEmail", "The point of contact's email must be an email address.")
        .atMost("moaTemplateRevision", templateRevision, 60, "The template revision")
        .atMost("fodContactName", fodContactName, 120, "The point of contact's name")
        .atMost("fodContactEmail", fodContactEmail, 254, "The point of contact's email")
        .throwIfAny();
    return moas.save(new Moa(application, templateRevision.trim(), fodContactName.trim(), fodContactEmail.trim(),
        actor));
  }

  public void recordAgencySignature(String number, String name, String title, LocalDate signedOn, String actor) {
    Moa moa = moaOf(number);
    if (moa.getStatus() != MoaStatus.DRAFT) {
      throw new RuleViolation("leaSignedOn", "The MOA of " + number + " is already " + moa.getStatus()
          + "; a change needs a written modification signed by both parties.");
    }
    Problems problems = new Problems()
        .check(Text.present(name), "leaSignatoryName", "Name the person who signed for the agency.")
        .check(Text.present(title), "leaSignatoryTitle", "Give the signatory's title (e.g. Sheriff).")
        .atMost("leaSignatoryName", name, 120, "The signatory's name")
        .atMost("leaSignatoryTitle", title, 80, "The signatory's title");
    checkSignatureDate("leaSignedOn", signedOn, moa, problems);
    problems.throwIfAny();
    moa.signedByAgency(name.trim(), title.trim(), signedOn, actor);
  }

  /** ICE's signature completes the MOA: it becomes ACTIVE, effective on the later signature date. */
  public Moa activateMoa(String number, String iceSignatoryName, LocalDate iceSignedOn, String actor) {
    Moa moa = moaOf(number);
    if (moa.getStatus() != MoaStatus.SIGNED_BY_AGENCY) {
      throw new RuleViolation("iceSignedOn", "ICE signs after the agency: the MOA of " + number + " is "
          + moa.getStatus() + ".");
    }
    if (actor.equals(moa.getLeaRecordedBy())) {
      throw new RuleViolation("iceSignatoryName", "Separation of duties: " + actor + " recorded the agency's signature "
          + "of the MOA of " + number + " and may not also sign it for ICE.");
    }
    Problems problems = new Problems().check(Text.present(iceSignatoryName),
        "iceSignatoryName", "Name the ICE official who signed.")
        .atMost("iceSignatoryName", iceSignatoryName, 120, "The ICE official's name");
    checkSignatureDate("iceSignedOn", iceSignedOn, moa, problems);
    problems.throwIfAny();
    moa.signedByIceAndActivated(iceSignatoryName.trim(), iceSignedOn, actor);
    moa.getAgency().moaActivated();
    events.publishEvent(new ApplicationDecided(number, ApplicationDecided.Decision.MOA_ACTIVE,
        "effective " + moa.getEffectiveOn()));
    return moa;
  }

  private void checkSignatureDate(String field, LocalDate signedOn, Moa moa, Problems problems) {
    if (signedOn == null) {
      problems.add(field, "The signature date is required.");
      return;
    }
    Agency agency = moa.getAgency();
    LocalDate today = calendar.today(agency);
    LocalDate approvedOn = calendar.dayOf(moa.getApplication().getReviewedAt(), agency);
    problems
        .check(!signedOn.isAfter(today), field, "A signature cannot be dated in the future (" + signedOn
            + " is after today, " + today + ").")
        .check(!signedOn.isBefore(approvedOn), field, "A signature cannot be dated before the request was approved ("
            + signedOn + " is before " + approvedOn + ").");
    if (moa.getLeaSignedOn() != null && field.startsWith("ice")) {
      problems.check(!signedOn.isBefore(moa.getLeaSignedOn()), field, "ICE signs after the agency: " + signedOn
          + " is before the agency's signature of " + moa.getLeaSignedOn() + ".");
    }
  }

  /** Step 6 begins: at least one certified officer, the agency is operational. */
  public void startOperations(String number) {
    Moa moa = moaOf(number);
    if (!moa.isActive()) {
      throw new IllegalStateException("The MOA of " + number + " is " + moa.getStatus() + "; operations need it ACTIVE.");
    }
    moa.getAgency().operational(calendar.today(moa.getAgency()));
  }

  /**
   * Records a review's findings with the day it was due, which the next annual review counts from;
   * {@code dueOn} is empty for a review of an instance started before the yearly schedule was kept.
   */
  public OversightReview recordOversightReview(String number, OversightReview.Kind kind, Boolean compliant,
      String findings, LocalDate dueOn, String actor) {
    new Problems()
        .check(compliant != null, "compliant", "Say whether the agency complied with ICE policy and the MOA.")
        .check(Text.present(findings), "findings", "Record what you reviewed and found.")
        .check(findings == null || findings.trim().length() <= TEXT_LIMIT, "findings", AT_MOST_4000)
        .throwIfAny();
    return reviews.saveAndFlush(new OversightReview(moaOf(number), kind, compliant, findings.trim(), actor,
        clock.instant(), dueOn));
  }

  /**
   * Oversight, complete: reviews keep a fixed yearly schedule. The initial review is due
   * {@code initialReviewAfter} after operations started; each annual review one
   * {@code annualReviewInterval} after the previous review was due, not after it was done. The task
   * opens {@code reviewCompletionPeriod} before the due day.
   */
  @Transactional(readOnly = true)
  public ReviewSchedule scheduleReview(String number, OversightReview.Kind kind) {
    Moa moa = moaOf(number);
    Agency agency = moa.getAgency();
    LocalDate dueOn;
    if (kind == OversightReview.Kind.INITIAL) {
      if (agency.getOperationalSince() == null) {
        throw new IllegalStateException("The agency of " + number + " has not started operations: no review is due.");
      }
      dueOn = agency.getOperationalSince().plus(Period.parse(program.getInitialReviewAfter()));
    } else {
      OversightReview previous = reviews.findFirstByMoaOrderByIdDesc(moa).orElseThrow(() ->
          new IllegalStateException("An annual review of " + number + " follows a recorded review; there is none."));
      LocalDate previousDue = previous.getDueOn() != null ? previous.getDueOn()
          : calendar.dayOf(previous.getReviewedAt(), agency);
      dueOn = previousDue.plus(Period.parse(program.getAnnualReviewInterval()));
    }
    Instant opensAt = calendar.startOf(dueOn.minus(Period.parse(program.getReviewCompletionPeriod())), agency);
    Instant dueAt = calendar.startOf(dueOn.plusDays(1), agency).minusSeconds(1);
    return new ReviewSchedule(dueOn, opensAt, dueAt);
  }

  /** Whether the agreement is still in force (ACTIVE, or SUSPENDED until ICE lifts or ends it): oversight goes on. */
  @Transactional(readOnly = true)
  public boolean agreementInForce(String number) {
    Moa moa = moaOf(number);
    return moa.isActive() || moa.getStatus() == MoaStatus.SUSPENDED;
  }

  /**
   * The agency's command staff answer a finding: what they will do, and by when (not before today in
   * the field office's zone, at most {@link #LONGEST_CORRECTION} ahead). Answers the moment the
   * correction is due: the start of that day where the field office works.
   */
  public Instant recordCorrectiveActionPlan(String number, long reviewId, String correctiveActions,
      LocalDate correctionDueOn, String actor) {
    OversightReview review = openFinding(number, reviewId, CORRECTIVE_ACTIONS);
    if (review.getCorrectiveActions() != null) {
      throw new RuleViolation(CORRECTIVE_ACTIONS, "The corrective action plan for this finding was already "
          + "submitted, due " + review.getCorrectionDueOn() + ".");
    }
    Problems problems = new Problems()
        .check(Text.present(correctiveActions), CORRECTIVE_ACTIONS,
            "Say what the agency will do to correct the findings.")
        .check(correctiveActions == null || correctiveActions.trim().length() <= TEXT_LIMIT, CORRECTIVE_ACTIONS,
            AT_MOST_4000);
    checkCorrectionDate(correctionDueOn, review, problems);
    problems.throwIfAny();
    review.correctionPlanned(correctiveActions.trim(), correctionDueOn);
    return calendar.startOf(correctionDueOn, review.getMoa().getAgency());
  }

  /** The Field Office Director checks, once the correction is due, whether the findings were corrected. */
  public void recordCorrectionVerification(String number, long reviewId, Boolean corrected, String findings,
      String actor) {
    OversightReview review = openFinding(number, reviewId, "corrected");
    if (review.getCorrectiveActions() == null) {
      throw new RuleViolation("corrected", "The agency has not submitted its corrective action plan yet: there is "
          + "no correction to verify.");
    }
    new Problems()
        .check(corrected != null, "corrected", "Say whether the findings were corrected.")
        .check(Text.present(findings), "findings", "Record what you checked and found.")
        .check(findings == null || findings.trim().length() <= TEXT_LIMIT, "findings", AT_MOST_4000)
        .throwIfAny();
    review.correctionVerified(corrected, findings.trim(), actor, clock.instant());
  }

  /**
   * Headquarters decides on a finding not corrected by its date: EXTEND with a new correction date
   * (the same bounds as the plan's), or GIVE_NOTICE of termination. Answers the review.
   */
  public OversightReview recordNonComplianceDecision(String number, long reviewId,
      OversightReview.NonComplianceDecision decision, LocalDate newCorrectionDueOn, String actor) {
    OversightReview review = openFinding(number, reviewId, NON_COMPLIANCE_DECISION);
    if (review.getCorrectionVerifiedBy() == null) {
      throw new RuleViolation(NON_COMPLIANCE_DECISION, "The correction has not been verified yet: headquarters "
          + "decides once the Field Office Director found it not corrected.");
    }
    Problems problems = new Problems().check(decision != null, NON_COMPLIANCE_DECISION,
        "Choose EXTEND (a new correction date) or GIVE_NOTICE (ICE's notice of termination).");
    if (decision == OversightReview.NonComplianceDecision.EXTEND) {
      checkCorrectionDate(newCorrectionDueOn, review, problems);
    }
    problems.throwIfAny();
    review.nonComplianceDecided(decision, newCorrectionDueOn);
    return review;
  }

  /** The moment an extended correction is due: the start of its day where the field office works. */
  @Transactional(readOnly = true)
  public Instant correctionDueAt(String number, long reviewId) {
    OversightReview review = review(number, reviewId);
    return calendar.startOf(review.getCorrectionDueOn(), review.getMoa().getAgency());
  }

  /** The reason of ICE's notice of termination for a finding not corrected: the review and what was found. */
  @Transactional(readOnly = true)
  public String nonComplianceNoticeReason(String number, long reviewId) {
    OversightReview review = review(number, reviewId);
    String reason = "Findings of the " + review.getKind().name().toLowerCase() + " review"
        + (review.getDueOn() != null ? " due " + review.getDueOn() : "") + " not corrected"
        + (review.getCorrectionDueOn() != null ? " by " + review.getCorrectionDueOn() : "") + ": "
        + (review.getCorrectionFindings() != null ? review.getCorrectionFindings() : review.getFindings());
    return reason.length() <= NOTICE_REASON_LIMIT ? reason : reason.substring(0, NOTICE_REASON_LIMIT - 1) + "…";
  }

  private void checkCorrectionDate(LocalDate dueOn, OversightReview review, Problems problems) {
    if (dueOn == null) {
      problems.add(CORRECTION_DUE_ON, "Give the date by which the findings will be corrected.");
      return;
    }
    LocalDate today = calendar.today(review.getMoa().getAgency());
    LocalDate latest = today.plus(LONGEST_CORRECTION);
    problems
        .check(!dueOn.isBefore(today), CORRECTION_DUE_ON, "The correction cannot be due in the past (" + dueOn
            + " is before today, " + today + ").")
        .check(!dueOn.isAfter(latest), CORRECTION_DUE_ON, "A correction is due within a year: " + dueOn
            + " is after " + latest + ".");
  }

  /** A review of this agreement that found the agency not compliant and is not corrected yet. */
  private OversightReview openFinding(String number, long reviewId, String field) {
    OversightReview review = review(number, reviewId);
    if (review.isCompliant()) {
      throw new RuleViolation(field, "The " + review.getKind().name().toLowerCase() + " review of " + number
          + " found the agency compliant: there is nothing to correct.");
    }
    if (review.getCorrectedAt() != null) {
      throw new RuleViolation(field, "The findings of this review were verified corrected on "
          + calendar.dayOf(review.getCorrectedAt(), review.getMoa().getAgency()) + ".");
    }
    return review;
  }

  private OversightReview review(String number, long reviewId) {
    Moa moa = moaOf(number);
    return reviews.findById(reviewId).filter(r -> r.getMoa().getId().equals(moa.getId()))
        .orElseThrow(() -> new IllegalStateException("No review " + reviewId + " on the agreement of " + number + "."));
  }

  /**
   * A notice arrived (rule 14 has checked who sends it). Possible from the day the MOA is ACTIVE,
   * before operations start too, and on a suspended MOA for its termination. One notice period runs
   * at a time: during it only an exigent notice, which takes effect at once, is taken.
   */
  public AgreementNotice recordNotice(String number, Notice notice, String actor) {
    Problems problems = new Problems();
    notice.validate(problems);
    Moa moa = moas.findByApplication(application(number)).orElse(null);
    if (moa == null || !(moa.isActive() || moa.getStatus() == MoaStatus.SUSPENDED)) {
      throw new RuleViolation(APPLICATION_NUMBER_FIELD, "No notice before the MOA is in force: the agreement of "
          + number + " is " + (moa == null ? "not signed yet" : moa.getStatus()) + ".");
    }
    Agency agency = moa.getAgency();
    LocalDate today = calendar.today(agency);
    LocalDate receivedOn = notice.receivedOn() != null ? notice.receivedOn() : today;
    problems
        .check(!receivedOn.isAfter(today), "noticeReceivedOn", "A notice cannot be received in the future ("
            + receivedOn + " is after today, " + today + ").")
        .check(moa.getEffectiveOn() == null || !receivedOn.isBefore(moa.getEffectiveOn()), "noticeReceivedOn",
            "A notice cannot be received before the MOA was in force (" + receivedOn + " is before "
                + moa.getEffectiveOn() + ").");
    if (moa.getStatus() == MoaStatus.SUSPENDED) {
      problems.check(!notice.isSuspension(), "noticeKind", "The MOA of " + number + " is already suspended.");
    }
    problems.throwIfAny();
    List<AgreementNotice> pending = notices.findByMoaAndStatusOrderByIdDesc(moa, AgreementNotice.Status.PENDING);
    if (!pending.isEmpty() && !notice.exigent()) {
      AgreementNotice running = pending.get(0);
      throw new RuleViolation("exigent", "A notice period is already running on " + number + " ("
          + running.getKind().toLowerCase() + " from " + running.getNoticeFrom() + ", effective "
          + calendar.dayOf(running.getEffectiveAt(), agency) + "): withdraw it first, or give an exigent notice.");
    }
    Instant effectiveAt = notice.exigent() ? clock.instant()
        : calendar.startOf(receivedOn.plus(Period.parse(program.getTerminationNoticePeriod())), agency);
    moa.noticeReceived(notice, clock.instant(), actor);
    AgreementNotice recorded = notices.save(new AgreementNotice(moa, notice, receivedOn, effectiveAt, actor,
        clock.instant()));
    events.publishEvent(new ApplicationDecided(number, ApplicationDecided.Decision.NOTICE_RECEIVED,
        (notice.exigent() ? "exigent " : "") + notice.kind().toLowerCase() + " notice from " + notice.from()
            + ", received " + receivedOn + ", effective " + calendar.dayOf(effectiveAt, agency) + ": "
            + notice.reason()));
    return recorded;
  }

  /** A pending notice is withdrawn by the side that gave it, before it takes effect. */
  public void withdrawNotice(String number, long noticeId, String side, String reason, String actor) {
    AgreementNotice notice = notice(number, noticeId);
    new Problems()
        .check(notice.getStatus() == AgreementNotice.Status.PENDING, "noticeId", "The notice is "
            + notice.getStatus() + ": only a pending notice can be withdrawn.")
        .check(notice.getNoticeFrom().equals(side), "noticeFrom", "The notice was given by " + notice.getNoticeFrom()
            + ": only " + notice.getNoticeFrom() + " may withdraw it, not " + side + ".")
        .check(reason == null || reason.length() <= 2000, "withdrawalReason", "At most 2000 characters.")
        .throwIfAny();
    notice.close(AgreementNotice.Status.WITHDRAWN, actor, Text.present(reason) ? reason.trim() : null, clock.instant());
  }

  /**
   * A suspension notice takes effect: the MOA and the agency are SUSPENDED, and every active
   * credential of the agency with them (not revoked): no service, open tasks pulled (rule 6).
   */
  public void suspend(String number, long noticeId) {
    AgreementNotice notice = notice(number, noticeId);
    Moa moa = notice.getMoa();
    notice.takesEffect();
    moa.ended(MoaStatus.SUSPENDED, calendar.today(moa.getAgency()));
    moa.getAgency().agreementEnded(AgencyStatus.SUSPENDED);
    events.publishEvent(new AgreementSuspended(moa.getAgency().getId(), moa.getAgency().getOri(),
        "MOA suspended on notice from " + notice.getNoticeFrom() + ": " + notice.getReason(), false));
  }

  /** ICE lifts the suspension: MOA ACTIVE, the agency OPERATIONAL, the suspended credentials ACTIVE again. */
  public void liftSuspension(String number, long noticeId, String reason, String actor) {
    AgreementNotice notice = notice(number, noticeId);
    Moa moa = notice.getMoa();
    if (moa.getStatus() != MoaStatus.SUSPENDED) {
      throw new RuleViolation(APPLICATION_NUMBER_FIELD, "The MOA of " + number + " is " + moa.getStatus()
          + ", not suspended.");
    }
    if (reason != null && reason.length() > 2000) {
      throw new RuleViolation("liftReason", "At most 2000 characters.");
    }
    notice.close(AgreementNotice.Status.LIFTED, actor, Text.present(reason) ? reason.trim() : null, clock.instant());
    moa.suspensionLifted();
    moa.getAgency().suspensionLifted();
    events.publishEvent(new AgreementSuspended(moa.getAgency().getId(), moa.getAgency().getOri(),
        "suspension lifted by " + actor, true));
  }

  /**
   * A termination takes effect (its notice period is over, or it was exigent): the MOA ends and
   * everything hanging on it stops (rule 6). A suspended MOA that is terminated ends the same way.
   */
  public void endAgreement(String number) {
    Moa moa = moaOf(number);
    AgreementNotice notice = notices.findFirstByMoaAndStatusAndKindOrderByIdDesc(moa, AgreementNotice.Status.PENDING,
        Notice.TERMINATION).orElseThrow(() -> new IllegalStateException("The MOA of " + number
            + " cannot end without a termination notice."));
    notice.takesEffect();
    notices.findByMoaAndStatusOrderByIdDesc(moa, AgreementNotice.Status.PENDING).forEach(other ->
        other.close(AgreementNotice.Status.WITHDRAWN, "system", "The agreement was terminated.", clock.instant()));
    moa.ended(MoaStatus.TERMINATED, calendar.today(moa.getAgency()));
    moa.getAgency().agreementEnded(AgencyStatus.TERMINATED);
    moa.getApplication().agreementEnded(clock.instant());
    events.publishEvent(new AgreementEnded(moa.getAgency().getId(), moa.getAgency().getOri(), MoaStatus.TERMINATED,
        "MOA terminated on notice from " + notice.getNoticeFrom() + ": " + notice.getReason()));
    events.publishEvent(new ApplicationDecided(number, ApplicationDecided.Decision.AGREEMENT_ENDED,
        "terminated on notice from " + notice.getNoticeFrom() + ": " + notice.getReason()));
  }

  private AgreementNotice notice(String number, long noticeId) {
    Moa moa = moaOf(number);
    return notices.findById(noticeId).filter(n -> n.getMoa().getId().equals(moa.getId()))
        .orElseThrow(() -> new IllegalStateException("No notice " + noticeId + " on the agreement of " + number + "."));
  }

  @Transactional(readOnly = true)
  public Application application(String number) {
    return applications.findByNumber(number)
        .orElseThrow(() -> new IllegalStateException("No application " + number + " is on record."));
  }

  /** The jurisdiction of an application's agency, from its record; empty when no application has the number. */
  public Optional<Jurisdiction> applicationJurisdiction(String number) {
    return number == null ? Optional.empty()
        : applications.findByNumber(number.trim()).map(application -> application.getAgency().jurisdiction());
  }

  private Moa moaOf(String number) {
    return moas.findByApplication(application(number))
        .orElseThrow(() -> new IllegalStateException("Application " + number + " has no MOA yet."));
  }

  private static void requireApproved(Application application) {
    if (application.getStatus() != ApplicationStatus.APPROVED) {
      throw new RuleViolation("reviewDecision", "No MOA before approval: application " + application.getNumber()
          + " is " + application.getStatus() + ".");
    }
  }
}
