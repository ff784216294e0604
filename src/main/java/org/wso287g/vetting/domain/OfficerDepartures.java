package org.wso287g.vetting.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.common.Problems;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.program.ProgramParameters;

/**
 * Process 6 on the records: an officer leaves the agency (notice, then the departure on its date), and
 * the return of a credential that ended, whatever ended it (departure, withdrawal, the MOA's end). A
 * credential is ICE property: it is recorded as returned once, here only.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OfficerDepartures {

  public static final String CREDENTIAL_NUMBER = "credentialNumber";
  public static final String DEPARTURE_DATE = "departureDate";
  public static final String DEPARTURE_REASON = "departureReason";
  public static final String RETURNED_ON = "credentialReturnedOn";

  /** A departure is announced for a known date: at most this far ahead. */
  static final Period LATEST_DEPARTURE = Period.ofYears(1);

  private final CredentialRepository credentials;
  private final FieldOfficeCalendar calendar;
  private final ProgramParameters program;
  private final Clock clock;

  /**
   * The agency gives notice that an officer leaves on {@code departureOn} (today or in the past: at
   * once). A credential that ended cannot depart; a suspended one can. Notice less than the notice
   * period before the departure is accepted and recorded as short.
   */
  public DepartureNotice notifyDeparture(String credentialNumber, LocalDate departureOn, String reason, String actor) {
    Credential credential = credential(credentialNumber);
    if (credential.getStatus().isEnded()) {
      throw new RuleViolation(CREDENTIAL_NUMBER, "The credential " + credential.getNumber() + " is already "
          + credential.getStatus() + " (" + credential.getEndReason() + "): an officer whose credential ended cannot depart"
          + " with it; the field office records its return.");
    }
    if (credential.isDeparturePending()) {
      throw new RuleViolation(CREDENTIAL_NUMBER, "The departure of " + credential.getNumber() + " on "
          + credential.getDepartureOn() + " was already notified by " + credential.getDepartureNotifiedBy() + " on "
          + credential.getDepartureNotifiedOn() + ".");
    }
    Agency agency = credential.getAgency();
    LocalDate today = calendar.today(agency);
    LocalDate issuedOn = calendar.dayOf(credential.getIssuedAt(), agency);
    LocalDate latest = today.plus(LATEST_DEPARTURE);
    new Problems()
        .check(departureOn != null, DEPARTURE_DATE, "The departure date is required.")
        .check(departureOn == null || !departureOn.isBefore(issuedOn), DEPARTURE_DATE, "The departure cannot be dated before"
            + " the credential was issued (" + issuedOn + "); " + departureOn + " was entered.")
        .check(departureOn == null || !departureOn.isAfter(latest), DEPARTURE_DATE, "A departure is notified at most one"
            + " year ahead (by " + latest + "); " + departureOn + " was entered.")
        .check(Text.present(reason) && reason.trim().length() <= 2000, DEPARTURE_REASON,
            "Say why the officer leaves (at most 2000 characters).")
        .throwIfAny();
    boolean shortNotice = departureOn.isBefore(today.plus(Period.parse(program.getDepartureNoticePeriod())));
    credential.departureNotified(departureOn, reason.trim(), today, shortNotice, actor);
    return new DepartureNotice(credential, calendar.startOf(departureOn, agency));
  }

  /** A notified departure and when it takes effect: the start of its day in the agency's field office (rule 11). */
  public record DepartureNotice(Credential credential, Instant takesEffectAt) {}

  /**
   * The departure date came: the credential is DEPARTED (no service from now on, rule 6). A credential
   * withdrawn or revoked meanwhile stays as it is: its return is already awaited.
   */
  public Credential depart(String credentialNumber) {
    Credential credential = credential(credentialNumber);
    if (credential.getStatus().isEnded()) {
      return credential;
    }
    if (credential.getDepartureOn() == null) {
      throw new IllegalStateException("No departure of " + credential.getNumber() + " was notified.");
    }
    credential.end(CredentialStatus.DEPARTED, "Left the agency on " + credential.getDepartureOn() + ": "
        + credential.getDepartureReason() + " (notified by " + credential.getDepartureNotifiedBy() + ")", clock.instant());
    credential.getCandidate().moveTo(CandidateStatus.REVOKED);
    return credential;
  }

  /**
   * The credential, ICE property, came back to the field office: only a credential that ended, once,
   * dated neither in the future nor before it ended.
   */
  public Credential recordReturn(String credentialNumber, LocalDate returnedOn, String actor) {
    Credential credential = credential(credentialNumber);
    if (!credential.getStatus().isEnded()) {
      throw new RuleViolation(RETURNED_ON, "The credential " + credential.getNumber() + " is " + credential.getStatus()
          + ": only a credential that ended (revoked, withdrawn or departed) is returned.");
    }
    if (credential.getReturnedOn() != null) {
      throw new RuleViolation(RETURNED_ON, "The return of " + credential.getNumber() + " was already recorded: returned on "
          + credential.getReturnedOn() + ", recorded by " + credential.getReturnRecordedBy() + ".");
    }
    Agency agency = credential.getAgency();
    LocalDate today = calendar.today(agency);
    LocalDate endedOn = calendar.dayOf(credential.getEndedAt(), agency);
    new Problems()
        .check(returnedOn != null, RETURNED_ON, "The date the credential came back is required.")
        .check(returnedOn == null || !returnedOn.isAfter(today), RETURNED_ON, "The return cannot be dated in the future ("
            + returnedOn + " is after today, " + today + ").")
        .check(returnedOn == null || !returnedOn.isBefore(endedOn), RETURNED_ON, "The return cannot be dated before the"
            + " credential ended (" + endedOn + "); " + returnedOn + " was entered.")
        .throwIfAny();
    credential.returned(returnedOn, actor);
    return credential;
  }

  /** Credentials withdrawn or revoked and not returned yet (a departed one waits in its own departure). */
  @Transactional(readOnly = true)
  public List<String> withdrawnOrRevokedNotReturned() {
    return credentials.findByStatusInAndReturnedOnIsNullOrderByIdAsc(EnumSet.of(CredentialStatus.WITHDRAWN,
        CredentialStatus.REVOKED)).stream().map(Credential::getNumber).toList();
  }

  /** The day a credential ended, in its agency's field office (rule 11); null while it serves. */
  @Transactional(readOnly = true)
  public LocalDate endedOn(Credential credential) {
    return credential.getEndedAt() == null ? null : calendar.dayOf(credential.getEndedAt(), credential.getAgency());
  }

  @Transactional(readOnly = true)
  public Credential credential(String credentialNumber) {
    return credentials.onRecord(credentialNumber, CREDENTIAL_NUMBER);
  }
}
