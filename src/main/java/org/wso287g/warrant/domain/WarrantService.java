package org.wso287g.warrant.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.wso287g.identity.ProgramGroups;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.MoaRepository;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialRepository;
import org.wso287g.vetting.domain.CredentialStatus;
import org.wso287g.vetting.domain.OfficerAuthority;

/**
 * The warrant-service subprocess (Process 3) on the domain records: every step calls one method here,
 * inside the engine's transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class WarrantService {

  /** The two warrants a WSO may serve (domain: I-200 arrest, I-205 removal). */
  public static final Set<String> WARRANT_TYPES = Set.of("I-200", "I-205");
  static final int MAX_REASON = 2000;
  static final String SERVED_AT = "servedAt";
  static final String RELEASED_AT = "releasedAt";

  private final WarrantRepository warrants;
  private final ServiceRecordRepository services;
  private final IceNotificationRepository notifications;
  private final CitizenshipClaimReviewRepository claimReviews;
  private final CustodyOutcomeRepository outcomes;
  private final AgencyRepository agencies;
  private final MoaRepository moas;
  private final OfficerAuthority authority;
  private final CredentialRepository credentials;
  private final ProgramParameters program;
  private final ApplicationEventPublisher events;
  private final FieldOfficeCalendar calendar;
  private final Clock clock;

  /** The jurisdiction of the agency a warrant is lodged with, from its record; empty when no agency has the ORI. */
  public Optional<Jurisdiction> agencyJurisdiction(String ori) {
    return agencies.jurisdictionByOri(ori);
  }


  /** The jurisdiction of the agency holding the person, from the warrant's record. */
  public Optional<Jurisdiction> warrantJurisdiction(String number) {
    return number == null ? Optional.empty() : warrants.findWithAgencyByNumber(number.trim()).map(w -> w.getAgency().jurisdiction());
  }

  /** The warrant's status, for a refusal that says where it stands. */
  public WarrantStatus statusOf(String number) {
    return warrant(number).getStatus();
  }

  /**
   * Records a lodged warrant. A bad field or a warrant number already on record is refused and nothing
   * is written.
   *
   * @throws ConcurrentDuplicate when a lodging of the same number, sent at the same moment, was
   *     recorded first (rule 13): the database refused this one, and the transaction rolls back
   */
  public Warrant lodge(LodgedWarrant lodged, String actor) {
    Optional<Agency> holding = lodged.agencyOri() == null ? Optional.empty() : agencies.findByOri(lodged.agencyOri());
    Problems problems = new Problems();
    // The issue date is judged where the agency works (rule 11); an unknown agency is refused below.
    lodged.validate(holding.map(calendar::today).orElseGet(calendar::todayWithoutAnOffice), problems);
    problems.throwIfAny();
    if (warrants.existsByNumber(lodged.warrantNumber())) {
      throw new DuplicateWarrant(lodged.warrantNumber());
    }
    Agency agency = holding
        .orElseThrow(() -> new RuleViolation("agencyOri", "No agency with ORI " + lodged.agencyOri() + " is on record."));
    return ConcurrentDuplicate.unlessTaken(
        () -> warrants.saveAndFlush(new Warrant(lodged, agency, actor, clock.instant())),
        () -> DuplicateWarrant.sentence(lodged.warrantNumber()));
  }

  /**
   * Rule 2 and the warrant's validity, on the records: MOA ACTIVE, agency OPERATIONAL with at least
   * one officer whose credential is active (else the serve task would wait for nobody), the facility
   * is the agency's jail, the type is I-200 or I-205. A failure is recorded on the warrant (REFUSED, with
   * the reason) and thrown for the model to end the service: the engine's transaction commits it
   * (the model catches the error), so it must not be marked for rollback.
   */
  @Transactional(noRollbackFor = PartnershipRefusal.class)
  public void verifyPartnership(String number) {
    Warrant warrant = warrant(number);
    Agency agency = warrant.getAgency();
    String refusal = null;
    String code = null;
    if (!moas.hasActiveWsoAgreement(agency) || !agency.isOperational()) {
      code = PartnershipRefusal.PARTNERSHIP_INACTIVE;
      refusal = agency.getName() + " is not an operational WSO partner under an active MOA (it is "
          + agency.getStatus() + ").";
    } else if (credentials.findByAgencyIdAndStatus(agency.getId(), CredentialStatus.ACTIVE).isEmpty()) {
      code = PartnershipRefusal.PARTNERSHIP_INACTIVE;
      refusal = agency.getName() + " has no Warrant Service Officer with an active credential: nobody could serve "
          + "the warrant.";
    } else if (!WARRANT_TYPES.contains(warrant.getType())) {
      code = PartnershipRefusal.INVALID_WARRANT;
      refusal = "A WSO serves only an I-200 or I-205 warrant; '" + warrant.getType() + "' was lodged.";
    } else if (!agency.getJailFacilityName().equalsIgnoreCase(warrant.getFacilityName())) {
      code = PartnershipRefusal.INVALID_WARRANT;
      refusal = "WSOs serve only inside their own agency's jail: " + warrant.getFacilityName() + " is not "
          + agency.getName() + "'s jail (" + agency.getJailFacilityName() + ").";
    }
    if (refusal != null) {
      warrant.moveTo(WarrantStatus.REFUSED, refusal, clock.instant());
      throw new PartnershipRefusal(code, refusal);
    }
  }

  public void reschedule(String number, Instant releaseAt, String actor) {
    if (releaseAt == null) {
      throw new RuleViolation("scheduledReleaseAt", "The new scheduled release is required.");
    }
    requireStatus(warrant(number), WarrantStatus.LODGED).rescheduled(releaseAt, actor, clock.instant());
  }

  public void cancel(String number, String reason, String actor) {
    if (reason != null && reason.length() > MAX_REASON) {
      throw new RuleViolation("cancellationReason", "The reason may have at most " + MAX_REASON + " characters.");
    }
    requireStatus(warrant(number), WarrantStatus.LODGED).moveTo(WarrantStatus.CANCELLED,
        (Text.present(reason) ? reason.trim() : "Cancelled") + " (by " + actor + ")", clock.instant());
  }

  /**
   * The WSO served the warrant. Rule 1 (an officer with an active credential for this agency) and
   * rule 2 again (the MOA may have ended since the warrant was lodged) refuse the record. Rule 12: the
   * service happens around the scheduled release, no earlier than the service window before it and not
   * after the moment it is recorded; once the window after the release has closed the warrant is no
   * hold any more, so a service recorded then is refused even if the model has not withdrawn the task
   * yet (the release path wins the race, as at the 48 hours).
   *
   * @return when the 48 hours after service end
   */
  public Instant serve(String number, Served served) {
    Warrant warrant = requireStatus(warrant(number), WarrantStatus.LODGED);
    Credential credential = authority.requireAuthority(served.officerUserId(), warrant.getAgency().getOri());
    Instant now = clock.instant();
    Duration window = serviceWindow();
    Instant release = warrant.getScheduledReleaseAt();
    if (now.isAfter(release.plus(window))) {
      throw new RuleViolation(SERVED_AT, "No service was recorded within " + spoken(window) + " after the scheduled "
          + "release (" + release + "): the service window closed at " + release.plus(window) + ", the warrant is no "
          + "hold any more and the agency releases the person under its own rules.");
    }
    Problems problems = new Problems()
        .check(served.servedAt() != null && !served.servedAt().isAfter(now), SERVED_AT,
            "The time of service is required and cannot be in the future.")
        .check(!served.interpreterOffered() || Text.present(served.interpreterName()),
            "interpreterName", "Write the interpreter's name (it goes on the warrant).")
        .atMost("interpreterName", served.interpreterOffered() ? served.interpreterName() : null, 120,
            "The interpreter's name");
    Agency agency = warrant.getAgency();
    if (served.servedAt() != null && served.servedAt().isBefore(release.minus(window))) {
      problems.add(SERVED_AT, "The warrant is served at the scheduled release (" + release + "): the time of service "
          + "cannot be before " + release.minus(window) + ", " + spoken(window) + " earlier.");
    }
    if (served.servedAt() != null && served.servedAt().isBefore(
        calendar.startOf(warrant.getIssuedOn(), agency))) {
      problems.add(SERVED_AT, "A warrant cannot be served before it was issued (" + warrant.getIssuedOn() + ").");
    }
    problems.throwIfAny();
    Instant deadline = served.servedAt().plus(Duration.parse(program.getCustodyLimit()));
    services.save(new ServiceRecord(warrant, served.officerUserId(), credential, served.servedAt(),
        served.interpreterOffered(), served.interpreterOffered() ? served.interpreterName().trim() : null,
        served.citizenshipClaimed(), deadline, now));
    warrant.moveTo(WarrantStatus.SERVED, null, now);
    events.publishEvent(new WarrantServed(number, agency.getState(), agency.getFieldOfficeCode(), served.servedAt()));
    return deadline;
  }

  /** The agency tells ICE at once: the field office's ERO officers. */
  public void notifyIce(String number) {
    Warrant warrant = warrant(number);
    ServiceRecord service = services.findByWarrant(warrant)
        .orElseThrow(() -> new IllegalStateException("Warrant " + number + " is not served yet."));
    String subject = "Warrant " + number + " served on " + warrant.getSubjectName() + " at "
        + warrant.getFacilityName() + (service.isCitizenshipClaimed() ? "; the person claims US citizenship" : "");
    notifications.save(new IceNotification(warrant, ProgramGroups.fieldOfficeEro(warrant.getAgency().getFieldOfficeCode()),
        subject, clock.instant()));
  }

  /** Nobody picked the claim up within the hour: the Field Office Director is brought in. */
  public void escalateClaim(String number) {
    Warrant warrant = warrant(number);
    CitizenshipClaimReview review = claimReviews.findByWarrant(warrant)
        .orElseGet(() -> claimReviews.save(new CitizenshipClaimReview(warrant)));
    review.escalated(clock.instant());
  }

  public void reviewClaim(String number, CitizenshipClaimReview.Decision decision, String notes, String actor) {
    if (!Text.present(notes)) {
      throw new RuleViolation("citizenshipClaimNotes", "Record what was checked to decide on the claim.");
    }
    new Problems().atMost("citizenshipClaimNotes", notes, 4000, "The notes").throwIfAny();
    Warrant warrant = warrant(number);
    CitizenshipClaimReview review = claimReviews.findByWarrant(warrant)
        .orElseGet(() -> claimReviews.save(new CitizenshipClaimReview(warrant)));
    review.decided(decision, notes.trim(), actor, clock.instant());
  }

  /**
   * ERO took custody. Rule 5: never past the deadline, whatever the clerk types, and never once it
   * has passed, even if the release step has not started yet. Rule 9: not by the officer who served.
   */
  public void assumeCustody(String number, Instant custodyAssumedAt, String actor) {
    Warrant warrant = requireStatus(warrant(number), WarrantStatus.SERVED);
    ServiceRecord service = services.findByWarrant(warrant).orElseThrow();
    if (service.getOfficerUserId().equals(actor)) {
      throw new RuleViolation(OfficerAuthority.FIELD, actor + " served this warrant on " + service.getServedAt()
          + " and may not also assume custody of the same person: another ERO officer records the custody.");
    }
    Instant now = clock.instant();
    Instant deadline = service.getCustodyDeadline();
    if (now.isAfter(deadline)) {
      throw new RuleViolation("custodyAssumedAt", "The 48 hours after service ended at " + deadline
          + ": custody can no longer be recorded, the person must be released.");
    }
    new Problems()
        .check(custodyAssumedAt != null && !custodyAssumedAt.isAfter(now), "custodyAssumedAt",
            "The time custody was assumed is required and cannot be in the future.")
        .check(custodyAssumedAt == null || !custodyAssumedAt.isBefore(service.getServedAt()), "custodyAssumedAt",
            "Custody cannot be assumed before the warrant was served (" + service.getServedAt() + ").")
        .throwIfAny();
    outcomes.save(new CustodyOutcome(warrant, CustodyOutcome.Outcome.TRANSFERRED, custodyAssumedAt, null, actor, now));
    warrant.moveTo(WarrantStatus.TRANSFERRED, null, now);
  }

  /** The person was released: 48 hours passed, or the citizenship claim was upheld. */
  public void release(String number, Instant releasedAt, String reason, String actor) {
    Warrant warrant = requireStatus(warrant(number), WarrantStatus.SERVED);
    Instant now = clock.instant();
    if (releasedAt == null || releasedAt.isAfter(now)) {
      throw new RuleViolation(RELEASED_AT, "The time of release is required and cannot be in the future.");
    }
    Instant servedAt = services.findByWarrant(warrant).orElseThrow().getServedAt();
    if (releasedAt.isBefore(servedAt)) {
      throw new RuleViolation(RELEASED_AT, "The release cannot be before the warrant was served (" + servedAt + ").");
    }
    outcomes.save(new CustodyOutcome(warrant, CustodyOutcome.Outcome.RELEASED, releasedAt, reason, actor, now));
    warrant.moveTo(WarrantStatus.RELEASED, reason, now);
  }

  /**
   * Rule 12: no WSO served the warrant within the service window after the scheduled release, so the
   * warrant is no hold and the agency released the person under its own rules. The release happens
   * around the scheduled release (no earlier than the service window before it) and not in the future.
   */
  public void releaseUnserved(String number, Instant releasedAt, String notes, String actor) {
    Warrant warrant = requireStatus(warrant(number), WarrantStatus.LODGED);
    Instant now = clock.instant();
    Duration window = serviceWindow();
    Instant opens = warrant.getScheduledReleaseAt().minus(window);
    new Problems()
        .check(releasedAt != null && !releasedAt.isAfter(now), RELEASED_AT,
            "The time of release is required and cannot be in the future.")
        .check(releasedAt == null || !releasedAt.isBefore(opens), RELEASED_AT, "The person was due for release at "
            + warrant.getScheduledReleaseAt() + ": the release cannot be before " + opens + ".")
        .check(notes == null || notes.trim().length() <= MAX_REASON, "releaseNotes",
            "The notes may have at most " + MAX_REASON + " characters.")
        .throwIfAny();
    String reason = "Not served within " + spoken(window) + " after the scheduled release: released under the agency's "
        + "own rules" + (Text.present(notes) ? " (" + notes.trim() + ")" : "");
    outcomes.save(new CustodyOutcome(warrant, CustodyOutcome.Outcome.RELEASED_UNSERVED, releasedAt, reason, actor, now));
    warrant.moveTo(WarrantStatus.RELEASED_UNSERVED, reason, now);
  }

  /**
   * Rule 6: the agency's MOA ended; warrants not yet served stop at once, with the reason.
   *
   * @return the numbers of the warrants stopped
   */
  public List<String> stopUnserved(Long agencyId, String reason) {
    List<Warrant> open = warrants.findByAgencyIdAndStatus(agencyId, WarrantStatus.LODGED);
    open.forEach(w -> w.moveTo(WarrantStatus.STOPPED, reason, clock.instant()));
    return open.stream().map(Warrant::getNumber).toList();
  }

  @Transactional(readOnly = true)
  public Warrant warrant(String number) {
    return warrants.findByNumber(number)
        .orElseThrow(() -> new IllegalStateException("No warrant " + number + " is on record."));
  }

  private Duration serviceWindow() {
    return Duration.parse(program.getServiceWindow());
  }

  /** A period as the program's people say it: "2 hours", "90 minutes". */
  static String spoken(Duration period) {
    if (period.toMinutesPart() == 0 && period.toSecondsPart() == 0) {
      long hours = period.toHours();
      return hours == 1 ? "1 hour" : hours + " hours";
    }
    return period.toMinutes() + " minutes";
  }

  private static Warrant requireStatus(Warrant warrant, WarrantStatus expected) {
    if (warrant.getStatus() != expected) {
      throw new RuleViolation("warrantNumber", "Warrant " + warrant.getNumber() + " is " + warrant.getStatus()
          + ", not " + expected + ".");
    }
    return warrant;
  }
}
