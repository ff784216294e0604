package org.wso287g.vetting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.onboarding.domain.AgencyStatus;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.testing.ParticipationSteps;
import org.wso287g.program.ProgramParameters;

/**
 * Rule 1 (only an officer whose credential is active for the agency that holds the person may serve)
 * and the withdrawal of one officer's authority (rule 6), on the real tables (Flyway on an embedded
 * H2), without the engine. Each test runs in a transaction that is rolled back afterwards.
 *
 * <p>Fixtures go through the services: letter registered 2 Mar 2026, approved 5 Mar, MOA drafted, the
 * agency signs on 10 Mar and ICE on 12 Mar; the candidate is cleared, trained on 18 Mar (8 hours, 85),
 * certified, authorised and credentialed "today", 20 Mar 2026 (UTC); then operations start.
 */
@DataJpaTest
@Import({FieldOfficeCalendar.class, ParticipationService.class, VettingService.class, OfficerAuthority.class, ProgramParameters.class,
    TestClock.Config.class, ParticipationSteps.class})
class OfficerAuthorityTest {

  static final String ORI = "LA0990000";
  static final String DEMO = "Demo Parish Sheriff's Office";
  static final String OTHER_ORI = "MS0450000";
  static final String OTHER = "Other County Sheriff's Office";
  static final String POC = ParticipationSteps.POC;
  static final LocalDate TRAINED_ON = ParticipationSteps.TRAINED_ON;
  static final String DANA = "dana.officer";

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired OfficerAuthority authority;
  @Autowired ParticipationService participation;
  @Autowired VettingService vetting;
  @Autowired CredentialRepository credentials;
  @Autowired CandidateRepository candidates;
  @Autowired TestClock clock;
  @Autowired ParticipationSteps steps;
  @Autowired TestEntityManager em;

  @BeforeEach
  void todayAndTheNewOrleansPointOfContact() {
    clock.reset();
    when(instructors.isWsoPointOfContact(POC, "NOL")).thenReturn(true);
  }

  // ---------------------------------------------------------------- fixtures, through the services

  /** The agency's letter: the jail is named after the office. */
  private static LetterOfInterest letter(String ori, String name) {
    return new LetterOfInterest(name, ori, ori.substring(0, 2), "Demo County", name.replace("Sheriff's Office", "Jail"),
        "NOL", 12, LocalDate.of(2026, 2, 27), "Jane Roe", "jane.roe@" + ori.toLowerCase() + ".example.gov");
  }

  private String moaActive(String ori, String name) {
    return steps.moaActive(letter(ori, name));
  }

  private String operational(String ori, String name, String badge, String userId) {
    return steps.operational(letter(ori, name), badge, userId);
  }

  private void flushAndClear() {
    em.flush();
    em.clear();
  }

  /** The credential as the table holds it. */
  private Credential stored(String number) {
    flushAndClear();
    return credentials.findByNumber(number).orElseThrow();
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  private void stillActive(String credentialNumber) {
    Credential credential = stored(credentialNumber);
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.ACTIVE);
    assertThat(credential.getEndedAt()).isNull();
    assertThat(credential.getEndReason()).isNull();
    assertThat(credential.getCandidate().getStatus()).isEqualTo(CandidateStatus.CREDENTIALED);
  }

  // ---------------------------------------------------------------- requireAuthority: rule 1

  @Test
  void anOfficerWithAnActiveCredentialOfAnOperationalAgencyMayServeAndGetsThatCredential() {
    operational(ORI, DEMO, "B-101", DANA);

    Credential credential = authority.requireAuthority(DANA, ORI);

    assertThat(credential.getNumber()).isEqualTo("WSO-LA0990000-0001");
    assertThat(credential.isActive()).isTrue();
    stillActive("WSO-LA0990000-0001");
    Credential stored = stored("WSO-LA0990000-0001");
    assertThat(stored.getId()).isEqualTo(credential.getId());
    assertThat(stored.getAgency().getOri()).isEqualTo(ORI);
    assertThat(stored.getAgency().getStatus()).isEqualTo(AgencyStatus.OPERATIONAL);
    assertThat(stored.getCandidate().getUserId()).isEqualTo(DANA);
  }

  @Test
  void theSecondOfficerOfTheAgencyGetsTheirOwnCredential() {
    String number = operational(ORI, DEMO, "B-101", DANA);
    steps.credentialed(number, "B-102", "mary.major");

    Credential credential = authority.requireAuthority("mary.major", ORI);

    assertThat(credential.getNumber()).isEqualTo("WSO-LA0990000-0002");
    stillActive("WSO-LA0990000-0001");
    stillActive("WSO-LA0990000-0002");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void anUnclaimedTaskIsRefusedAskingToClaimItFirst(String userId) {
    operational(ORI, DEMO, "B-101", DANA);

    assertThatThrownBy(() -> authority.requireAuthority(userId, ORI))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessage("Only a certified Warrant Service Officer of " + DEMO + " may serve this warrant: claim the task first.");

    stillActive("WSO-LA0990000-0001");
  }

  @Test
  void aUserWithoutAnyCredentialIsRefusedAsHoldingNone() {
    operational(ORI, DEMO, "B-101", DANA);

    assertThatThrownBy(() -> authority.requireAuthority("nol.ero", ORI))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessage("nol.ero holds no WSO credential: only a certified Warrant Service Officer of " + DEMO
            + " may serve this warrant.");

    stillActive("WSO-LA0990000-0001");
  }

  @Test
  void aCandidateWhoIsCertifiedButNotYetCredentialedHoldsNoCredential() {
    String number = operational(ORI, DEMO, "B-101", DANA);
    long id = vetting.nominate(number, List.of(new Nomination("Mary Major", "B-102", "mary.major@agency.example.gov",
        true)), "demo.sheriff").get(0).getId();
    steps.clearOn(id, ParticipationSteps.CLEARED_AT);
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, new BigDecimal("8"), 85, POC), POC);
    vetting.certify(id);

    assertThatThrownBy(() -> authority.requireAuthority("mary.major", ORI))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessageContaining("mary.major holds no WSO credential");

    flushAndClear();
    assertThat(candidates.findById(id).orElseThrow().getStatus()).isEqualTo(CandidateStatus.CERTIFIED);
    assertThat(credentials.findByCandidateUserId("mary.major")).isEmpty();
  }

  @Test
  void anOfficerWhoseCredentialWasWithdrawnIsRefusedSayingSo() {
    operational(ORI, DEMO, "B-101", DANA);
    clock.set("2026-03-21T08:00:00Z");
    authority.withdraw("WSO-LA0990000-0001", "Misconduct", "hq.analyst");
    flushAndClear();

    assertThatThrownBy(() -> authority.requireAuthority(DANA, ORI))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessage("The WSO credential WSO-LA0990000-0001 of dana.officer was withdrawn on 2026-03-21T08:00:00Z"
            + " (Misconduct (withdrawn by hq.analyst)): dana.officer may no longer serve warrants.");

    Credential credential = stored("WSO-LA0990000-0001");
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.WITHDRAWN);
    assertThat(credential.getEndedAt()).isEqualTo(Instant.parse("2026-03-21T08:00:00Z"));
  }

  @Test
  void anOfficerWhoseCredentialWasRevokedWhenTheMoaEndedIsRefusedSayingSo() {
    String number = operational(ORI, DEMO, "B-101", DANA);
    participation.recordNotice(number, new Notice("ICE", Notice.TERMINATION, "Misuse of authority", true), "hq.analyst");
    participation.endAgreement(number);
    flushAndClear();

    assertThatThrownBy(() -> authority.requireAuthority(DANA, ORI))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessageContaining("The WSO credential WSO-LA0990000-0001 of dana.officer was revoked on ")
        .hasMessageContaining("MOA terminated on notice from ICE: Misuse of authority")
        .hasMessageEndingWith("dana.officer may no longer serve warrants.");

    Credential credential = stored("WSO-LA0990000-0001");
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.REVOKED);
    assertThat(credential.getAgency().getStatus()).isEqualTo(AgencyStatus.TERMINATED);
  }

  @Test
  void anOfficerOfAnotherAgencyIsRefusedNamingBothAgencies() {
    operational(ORI, DEMO, "B-101", DANA);
    operational(OTHER_ORI, OTHER, "B-201", "otto.other");

    assertThatThrownBy(() -> authority.requireAuthority(DANA, OTHER_ORI))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessage("dana.officer is a Warrant Service Officer of " + DEMO + ", not of " + OTHER
            + ", which holds the person.");

    stillActive("WSO-LA0990000-0001");
    stillActive("WSO-MS0450000-0001");
  }

  @Test
  void anOfficerOfAnAgencyThatIsNotOperationalYetIsRefused() {
    String number = moaActive(ORI, DEMO);
    steps.credentialed(number, "B-101", DANA);

    assertThatThrownBy(() -> authority.requireAuthority(DANA, ORI))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessage(DEMO + " is not operational yet (MOA_ACTIVE): no warrant may be served there.");

    stillActive("WSO-LA0990000-0001");
    assertThat(stored("WSO-LA0990000-0001").getAgency().getStatus()).isEqualTo(AgencyStatus.MOA_ACTIVE);
  }

  @Test
  void anUnknownOriIsRefused() {
    operational(ORI, DEMO, "B-101", DANA);

    assertThatThrownBy(() -> authority.requireAuthority(DANA, "TX0000000"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, OfficerAuthority.FIELD))
        .hasMessage("No agency with ORI TX0000000 is on record.");

    stillActive("WSO-LA0990000-0001");
  }

  // ---------------------------------------------------------------- withdraw: rule 6 for one officer

  @Test
  void withdrawingEndsTheCredentialAtOnceWithTheReasonAndWhoAndRevokesTheOfficer() {
    operational(ORI, DEMO, "B-101", DANA);
    clock.set("2026-03-21T08:00:00Z");

    Credential returned = authority.withdraw(" WSO-LA0990000-0001 ", "  Misconduct  ", "hq.analyst");

    assertThat(returned.getNumber()).isEqualTo("WSO-LA0990000-0001");
    Credential credential = stored("WSO-LA0990000-0001");
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.WITHDRAWN);
    assertThat(credential.isActive()).isFalse();
    assertThat(credential.getEndReason()).isEqualTo("Misconduct (withdrawn by hq.analyst)");
    assertThat(credential.getEndedAt()).isEqualTo(Instant.parse("2026-03-21T08:00:00Z"));
    assertThat(credential.getIssuedAt()).isEqualTo(TestClock.NOW);
    assertThat(credential.getCandidate().getStatus()).isEqualTo(CandidateStatus.REVOKED);
    assertThat(credential.getCandidate().getUserId()).isEqualTo(DANA);
    // the agency goes on: only the officer's authority ended
    assertThat(credential.getAgency().getStatus()).isEqualTo(AgencyStatus.OPERATIONAL);
  }

  @Test
  void withdrawingOneOfficerLeavesTheOtherOfficersOfTheAgencyActive() {
    String number = operational(ORI, DEMO, "B-101", DANA);
    steps.credentialed(number, "B-102", "mary.major");

    authority.withdraw("WSO-LA0990000-0001", "Misconduct", "hq.analyst");

    assertThat(stored("WSO-LA0990000-0001").getStatus()).isEqualTo(CredentialStatus.WITHDRAWN);
    stillActive("WSO-LA0990000-0002");
    assertThat(authority.requireAuthority("mary.major", ORI).getNumber()).isEqualTo("WSO-LA0990000-0002");
  }

  @Test
  void withdrawingAnUnknownCredentialIsRefusedAndChangesNothing() {
    operational(ORI, DEMO, "B-101", DANA);

    assertThatThrownBy(() -> authority.withdraw("WSO-LA0990000-0099", "Misconduct", "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "credentialNumber"))
        .hasMessage("No credential WSO-LA0990000-0099 is on record.");

    stillActive("WSO-LA0990000-0001");
  }

  @Test
  void withdrawingWithoutACredentialNumberIsRefusedAndChangesNothing() {
    operational(ORI, DEMO, "B-101", DANA);

    assertThatThrownBy(() -> authority.withdraw(null, "Misconduct", "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "credentialNumber"));

    stillActive("WSO-LA0990000-0001");
  }

  @Test
  void withdrawingAnAlreadyWithdrawnCredentialIsRefusedAndKeepsTheFirstReasonAndTime() {
    operational(ORI, DEMO, "B-101", DANA);
    clock.set("2026-03-21T08:00:00Z");
    authority.withdraw("WSO-LA0990000-0001", "Misconduct", "hq.analyst");
    flushAndClear();
    clock.set("2026-03-22T08:00:00Z");

    assertThatThrownBy(() -> authority.withdraw("WSO-LA0990000-0001", "Second thoughts", "nol.director"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "credentialNumber"))
        .hasMessage("The credential WSO-LA0990000-0001 is already WITHDRAWN.");

    Credential credential = stored("WSO-LA0990000-0001");
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.WITHDRAWN);
    assertThat(credential.getEndReason()).isEqualTo("Misconduct (withdrawn by hq.analyst)");
    assertThat(credential.getEndedAt()).isEqualTo(Instant.parse("2026-03-21T08:00:00Z"));
  }

  @Test
  void withdrawingACredentialRevokedWithTheMoaIsRefusedAndKeepsTheRevocation() {
    String number = operational(ORI, DEMO, "B-101", DANA);
    participation.recordNotice(number, new Notice("LEA", Notice.TERMINATION, "Jail renovation", true), "hq.analyst");
    participation.endAgreement(number);
    flushAndClear();

    assertThatThrownBy(() -> authority.withdraw("WSO-LA0990000-0001", "Misconduct", "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "credentialNumber"))
        .hasMessage("The credential WSO-LA0990000-0001 is already REVOKED.");

    Credential credential = stored("WSO-LA0990000-0001");
    assertThat(credential.getStatus()).isEqualTo(CredentialStatus.REVOKED);
    assertThat(credential.getEndReason()).isEqualTo("MOA terminated on notice from LEA: Jail renovation");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void withdrawingWithoutAReasonIsRefusedAndChangesNothing(String reason) {
    operational(ORI, DEMO, "B-101", DANA);

    assertThatThrownBy(() -> authority.withdraw("WSO-LA0990000-0001", reason, "hq.analyst"))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> refusedOn(e, "withdrawalReason"))
        .hasMessage("Say why the officer's authority is withdrawn (at most 2000 characters).");

    stillActive("WSO-LA0990000-0001");
    assertThat(authority.requireAuthority(DANA, ORI).getNumber()).isEqualTo("WSO-LA0990000-0001");
  }

  // ---------------------------------------------------------------- suspend and reinstate: a complaint (Process 4)

  @Test
  void suspendingAnActiveCredentialStopsServiceUntilItIsReinstated() {
    operational(ORI, DEMO, "B-101", DANA);

    authority.suspend("WSO-LA0990000-0001", "Complaint CMP-2026-0001", "nol.ero", "interimAction");

    Credential suspended = stored("WSO-LA0990000-0001");
    assertThat(suspended.getStatus()).isEqualTo(CredentialStatus.SUSPENDED);
    assertThat(suspended.getSuspensionReason()).isEqualTo("Complaint CMP-2026-0001 (suspended by nol.ero)");
    assertThat(suspended.getSuspendedAt()).isEqualTo(Instant.parse("2026-03-20T15:00:00Z"));
    assertThatThrownBy(() -> authority.requireAuthority(DANA, ORI)).isInstanceOf(RuleViolation.class)
        .hasMessageContaining("is suspended since");

    authority.reinstate("WSO-LA0990000-0001", "officerAction");

    stillActive("WSO-LA0990000-0001");
  }

  @Test
  void suspendingACredentialThatIsNotActiveOrUnknownIsRefusedNamingTheGivenField() {
    operational(ORI, DEMO, "B-101", DANA);
    authority.withdraw("WSO-LA0990000-0001", "Misconduct", "hq.analyst");

    assertThatThrownBy(() -> authority.suspend("WSO-LA0990000-0001", "Complaint", "nol.ero", "interimAction"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "interimAction"))
        .hasMessage("Only an active credential can be suspended: WSO-LA0990000-0001 is WITHDRAWN.");
    assertThatThrownBy(() -> authority.suspend("WSO-LA0990000-0099", "Complaint", "nol.ero", "interimAction"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "interimAction"));
  }

  @Test
  void reinstatingAnActiveCredentialOrOneWhoseMoaIsSuspendedIsRefused() {
    String number = operational(ORI, DEMO, "B-101", DANA);

    assertThatThrownBy(() -> authority.reinstate("WSO-LA0990000-0001", "officerAction"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "officerAction"))
        .hasMessageContaining("is ACTIVE");

    authority.suspend("WSO-LA0990000-0001", "Complaint", "nol.ero", "interimAction");
    long notice = participation.recordNotice(number, new Notice("ICE", Notice.SUSPENSION, "Audit", true), "hq.analyst").getId();
    participation.suspend(number, notice);
    flushAndClear();

    assertThatThrownBy(() -> authority.reinstate("WSO-LA0990000-0001", "officerAction"))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "officerAction"))
        .hasMessageContaining("cannot be reinstated while it is SUSPENDED");
    assertThat(stored("WSO-LA0990000-0001").getStatus()).isEqualTo(CredentialStatus.SUSPENDED);
  }
}
