package org.wso287g.vetting.domain;

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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.program.ProgramParameters;
import org.wso287g.testing.ParticipationSteps;

/**
 * Process 6 on the real tables: an officer's departure (notice, short notice, the departure on its
 * date) and the return of a credential that ended, with bad input. "Today" is 20 March 2026 in New
 * Orleans (America/Chicago); the credential WSO-LA0990000-0001 was issued that day.
 */
@DataJpaTest
@RecordApplicationEvents
@Import({FieldOfficeCalendar.class, ParticipationService.class, VettingService.class, OfficerAuthority.class,
    OfficerDepartures.class, AdditionalCandidates.class, ProgramParameters.class, TestClock.Config.class, ParticipationSteps.class})
class OfficerDeparturesTest {

  static final String ORI = "LA0990000";
  static final String DEMO = "Demo Parish Sheriff's Office";
  static final String CREDENTIAL = "WSO-LA0990000-0001";
  static final String CHIEF = "demo.sheriff";
  static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired OfficerDepartures departures;
  @Autowired OfficerAuthority authority;
  @Autowired ParticipationService participation;
  @Autowired CredentialRepository credentials;
  @Autowired TestClock clock;
  @Autowired ParticipationSteps steps;
  @Autowired TestEntityManager em;
  @Autowired ApplicationEvents events;

  String applicationNumber;

  @BeforeEach
  void anOperationalAgencyWithOneOfficer() {
    clock.reset();
    when(instructors.isWsoPointOfContact(ParticipationSteps.POC, "NOL")).thenReturn(true);
    applicationNumber = steps.operational(letter(ORI, DEMO), "B-101", "dana.officer");
  }

  static LetterOfInterest letter(String ori, String name) {
    return new LetterOfInterest(name, ori, ori.substring(0, 2), "Demo County", name.replace("Sheriff's Office", "Jail"),
        "NOL", 12, LocalDate.of(2026, 2, 27), "Jane Roe", "jane.roe@" + ori.toLowerCase() + ".example.gov");
  }

  private Credential stored(String number) {
    em.flush();
    em.clear();
    return credentials.findByNumber(number).orElseThrow();
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  // ---------------------------------------------------------------- the notice

  @Test
  void aNoticeNinetyDaysAheadIsRecordedAndTakesEffectAtTheStartOfTheDayInTheFieldOffice() {
    OfficerDepartures.DepartureNotice notice = departures.notifyDeparture(CREDENTIAL, TODAY.plusDays(90), " Retirement ", CHIEF);

    assertThat(notice.takesEffectAt()).isEqualTo(Instant.parse("2026-06-18T05:00:00Z")); // midnight in Chicago (CDT)
    Credential credential = stored(CREDENTIAL);
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.ACTIVE);
    assertThat(credential.getDepartureOn()).isEqualTo(TODAY.plusDays(90));
    assertThat(credential.getDepartureReason()).isEqualTo("Retirement");
    assertThat(credential.getDepartureNotifiedOn()).isEqualTo(TODAY);
    assertThat(credential.getDepartureNotifiedBy()).isEqualTo(CHIEF);
    assertThat(credential.getDepartureNoticeShort()).isFalse();
    assertThat(credential.isDeparturePending()).isTrue();
  }

  @Test
  void aNoticeLessThanNinetyDaysAheadIsAcceptedAndRecordedAsShort() {
    departures.notifyDeparture(CREDENTIAL, TODAY.plusDays(89), "Resignation", CHIEF);

    assertThat(stored(CREDENTIAL).getDepartureNoticeShort()).isTrue();
  }

  @Test
  void aDepartureTodayOrInThePastIsAcceptedAsShortNotice() {
    departures.notifyDeparture(CREDENTIAL, TODAY, "Resigned without notice", CHIEF);

    Credential credential = stored(CREDENTIAL);
    assertThat(credential.getDepartureNoticeShort()).isTrue();
    assertThat(credential.getDepartureOn()).isEqualTo(TODAY);
  }

  @Test
  void anUnknownCredentialIsRefused() {
    assertThatThrownBy(() -> departures.notifyDeparture("WSO-LA0990000-0009", TODAY, "Retirement", CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialNumber"))
        .hasMessage("No credential WSO-LA0990000-0009 is on record.");
  }

  @Test
  void theCommandStaffOfAnotherAgencyMayNotReportTheDepartureOfThisAgencysOfficer() {
    Actor otherChief = new Actor("other.chief", List.of("lea-ms0450000-command"));
    Actor ownChief = new Actor(CHIEF, List.of("lea-la0990000-command"));
    var where = departures.credential(CREDENTIAL).getAgency().jurisdiction();

    assertThat(new AccessPolicy().allows(otherChief, Action.REPORT_OFFICER_DEPARTURE, where)).isFalse();
    assertThat(new AccessPolicy().allows(ownChief, Action.REPORT_OFFICER_DEPARTURE, where)).isTrue();
    assertThat(new AccessPolicy().allows(new Actor("nol.director", List.of("fo-nol-director")),
        Action.REPORT_OFFICER_DEPARTURE, where)).isFalse();
  }

  @Test
  void anEndedCredentialCannotDepart() {
    authority.withdraw(CREDENTIAL, "Misconduct", "hq.analyst");

    assertThatThrownBy(() -> departures.notifyDeparture(CREDENTIAL, TODAY.plusDays(100), "Retirement", CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialNumber"))
        .hasMessageContaining("is already WITHDRAWN");
    assertThat(stored(CREDENTIAL).getDepartureOn()).isNull();
  }

  @Test
  void aDepartureNotifiedTwiceIsRefusedAndTheFirstStays() {
    departures.notifyDeparture(CREDENTIAL, TODAY.plusDays(100), "Retirement", CHIEF);

    assertThatThrownBy(() -> departures.notifyDeparture(CREDENTIAL, TODAY.plusDays(10), "Resignation", "other.chief"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialNumber"))
        .hasMessage("The departure of " + CREDENTIAL + " on 2026-06-28 was already notified by demo.sheriff on 2026-03-20.");
    assertThat(stored(CREDENTIAL).getDepartureReason()).isEqualTo("Retirement");
  }

  @Test
  void anAbsurdDepartureDateOrNoReasonIsRefusedNamingEachField() {
    assertThatThrownBy(() -> departures.notifyDeparture(CREDENTIAL, TODAY.minusDays(1), "", CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "departureDate", "departureReason"))
        .hasMessageContaining("before the credential was issued (2026-03-20)");
    assertThatThrownBy(() -> departures.notifyDeparture(CREDENTIAL, TODAY.plusYears(1).plusDays(1), "Retirement", CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "departureDate"))
        .hasMessageContaining("at most one year ahead (by 2027-03-20)");
    assertThatThrownBy(() -> departures.notifyDeparture(CREDENTIAL, null, "x".repeat(2001), CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "departureDate", "departureReason"));
    assertThat(stored(CREDENTIAL).getDepartureOn()).isNull();
  }

  // ---------------------------------------------------------------- the departure

  @Test
  void onItsDateTheCredentialDepartsAndServesNoMore() {
    departures.notifyDeparture(CREDENTIAL, TODAY.plusDays(30), "Retirement", CHIEF);
    clock.set("2026-04-19T05:00:00Z");

    Credential credential = departures.depart(CREDENTIAL);

    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.DEPARTED);
    Credential stored = stored(CREDENTIAL);
    assertThat(stored.getStatus()).isEqualTo(CredentialStatus.DEPARTED);
    assertThat(stored.getEndedAt()).isEqualTo(Instant.parse("2026-04-19T05:00:00Z"));
    assertThat(stored.getEndReason()).isEqualTo("Left the agency on 2026-04-19: Retirement (notified by demo.sheriff)");
    assertThat(stored.getCandidate().getStatus()).isEqualTo(CandidateStatus.REVOKED);
    assertThat(stored.getReturnedOn()).isNull();
    assertThat(stored.isDeparturePending()).isFalse();
    assertThatThrownBy(() -> authority.requireAuthority("dana.officer", ORI)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("was departed on");
  }

  @Test
  void aSuspendedCredentialMayStillDepart() {
    participation.suspend(applicationNumber, participation.recordNotice(applicationNumber,
        new Notice("LEA", Notice.SUSPENSION, "Jail renovation", true), CHIEF).getId());
    assertThat(stored(CREDENTIAL).getStatus()).isEqualTo(CredentialStatus.SUSPENDED);

    departures.notifyDeparture(CREDENTIAL, TODAY, "Retirement", CHIEF);
    departures.depart(CREDENTIAL);

    assertThat(stored(CREDENTIAL).getStatus()).isEqualTo(CredentialStatus.DEPARTED);
  }

  @Test
  void aCredentialWithdrawnBeforeItsDepartureDateStaysWithdrawn() {
    departures.notifyDeparture(CREDENTIAL, TODAY.plusDays(30), "Retirement", CHIEF);
    authority.withdraw(CREDENTIAL, "Misconduct", "hq.analyst");
    clock.set("2026-04-19T05:00:00Z");

    Credential credential = departures.depart(CREDENTIAL);

    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.WITHDRAWN);
    assertThat(stored(CREDENTIAL).getEndReason()).isEqualTo("Misconduct (withdrawn by hq.analyst)");
  }

  // ---------------------------------------------------------------- the return

  @Test
  void theReturnOfADepartedCredentialIsRecordedOnce() {
    departures.notifyDeparture(CREDENTIAL, TODAY, "Retirement", CHIEF);
    departures.depart(CREDENTIAL);
    clock.set("2026-03-23T15:00:00Z");

    departures.recordReturn(CREDENTIAL, LocalDate.of(2026, 3, 22), ParticipationSteps.POC);

    Credential stored = stored(CREDENTIAL);
    assertThat(stored.getReturnedOn()).isEqualTo(LocalDate.of(2026, 3, 22));
    assertThat(stored.getReturnRecordedBy()).isEqualTo(ParticipationSteps.POC);
    assertThatThrownBy(() -> departures.recordReturn(CREDENTIAL, LocalDate.of(2026, 3, 23), "other.poc"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialReturnedOn"))
        .hasMessage("The return of " + CREDENTIAL + " was already recorded: returned on 2026-03-22, recorded by nol.poc.");
    assertThat(stored(CREDENTIAL).getReturnRecordedBy()).isEqualTo(ParticipationSteps.POC);
  }

  @Test
  void aCredentialStillServingIsNotReturned() {
    assertThatThrownBy(() -> departures.recordReturn(CREDENTIAL, TODAY, ParticipationSteps.POC))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialReturnedOn"))
        .hasMessageContaining("is ACTIVE: only a credential that ended");
    assertThat(stored(CREDENTIAL).getReturnedOn()).isNull();
  }

  @Test
  void aReturnBeforeTheCredentialEndedOrInTheFutureIsRefused() {
    clock.set("2026-03-25T15:00:00Z");
    authority.withdraw(CREDENTIAL, "Misconduct", "hq.analyst");

    assertThatThrownBy(() -> departures.recordReturn(CREDENTIAL, LocalDate.of(2026, 3, 24), ParticipationSteps.POC))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialReturnedOn"))
        .hasMessage("The return cannot be dated before the credential ended (2026-03-25); 2026-03-24 was entered.");
    assertThatThrownBy(() -> departures.recordReturn(CREDENTIAL, LocalDate.of(2026, 3, 26), ParticipationSteps.POC))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialReturnedOn"))
        .hasMessageContaining("cannot be dated in the future");
    assertThatThrownBy(() -> departures.recordReturn(CREDENTIAL, null, ParticipationSteps.POC))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "credentialReturnedOn"));
    assertThat(stored(CREDENTIAL).getReturnedOn()).isNull();
  }

  @Test
  void aWithdrawalAndTheEndOfTheMoaAnnounceTheCredentialsThatWaitForTheirReturn() {
    Credential second = steps.credentialed(applicationNumber, "B-102", "mary.major");
    authority.withdraw(CREDENTIAL, "Misconduct", "hq.analyst");
    participation.recordNotice(applicationNumber, new Notice("ICE", Notice.TERMINATION, "Misuse of authority", true), "hq.analyst");
    participation.endAgreement(applicationNumber);

    assertThat(events.stream(CredentialEnded.class)).extracting(CredentialEnded::credentialNumber, CredentialEnded::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CREDENTIAL, CredentialStatus.WITHDRAWN),
            org.assertj.core.groups.Tuple.tuple(second.getNumber(), CredentialStatus.REVOKED));
    assertThat(departures.withdrawnOrRevokedNotReturned()).containsExactly(CREDENTIAL, second.getNumber());
    // A revoked credential comes back too, recorded the same way.
    departures.recordReturn(second.getNumber(), TODAY, ParticipationSteps.POC);
    assertThat(stored(second.getNumber()).getReturnedOn()).isEqualTo(TODAY);
    assertThat(departures.withdrawnOrRevokedNotReturned()).containsExactly(CREDENTIAL);
  }
}
