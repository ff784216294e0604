package org.wso287g.vetting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.program.ProgramParameters;
import org.wso287g.testing.ParticipationSteps;

/**
 * Process 5 on the real tables: more candidates only for an agency OPERATIONAL under an ACTIVE MOA,
 * nominated under that agreement's application with the first nomination's rules (9 and 10).
 */
@DataJpaTest
@RecordApplicationEvents
@Import({FieldOfficeCalendar.class, ParticipationService.class, VettingService.class, OfficerAuthority.class,
    OfficerDepartures.class, AdditionalCandidates.class, ProgramParameters.class, TestClock.Config.class, ParticipationSteps.class})
class AdditionalCandidatesTest {

  static final String ORI = "LA0990000";
  static final String DEMO = "Demo Parish Sheriff's Office";
  static final String CHIEF = "demo.sheriff";
  static final String POC = ParticipationSteps.POC;

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired AdditionalCandidates additional;
  @Autowired ParticipationService participation;
  @Autowired VettingService vetting;
  @Autowired TestClock clock;
  @Autowired ParticipationSteps steps;

  @BeforeEach
  void today() {
    clock.reset();
    when(instructors.isWsoPointOfContact(POC, "NOL")).thenReturn(true);
  }

  private static List<Nomination> one(String badge, String email) {
    return List.of(new Nomination("Officer " + badge, badge, email, true));
  }

  private static void refusedOn(Throwable thrown, String... fields) {
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(fields);
  }

  @Test
  void anOperationalAgencyNominatesMoreCandidatesUnderItsActiveAgreement() {
    String number = steps.operational(OfficerDeparturesTest.letter(ORI, DEMO), "B-101", "dana.officer");

    AdditionalCandidates.Nominated nominated = additional.nominate(" la0990000 ", one("B-102", "mary@agency.example.gov"), CHIEF);

    assertThat(nominated.application().getNumber()).isEqualTo(number);
    assertThat(nominated.candidates()).singleElement().satisfies(candidate -> {
      assertThat(candidate.getStatus()).isEqualTo(CandidateStatus.NOMINATED);
      assertThat(candidate.getAgency().getOri()).isEqualTo(ORI);
    });
    assertThat(additional.jurisdictionOf("la0990000").fieldOfficeCode()).isEqualTo("NOL");
  }

  @Test
  void anAgencyWhoseMoaIsActiveButNotOperationalYetIsRefused() {
    steps.moaActive(OfficerDeparturesTest.letter(ORI, DEMO));

    assertThatThrownBy(() -> additional.nominate(ORI, one("B-102", "mary@agency.example.gov"), CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "agencyOri"))
        .hasMessageContaining("is not operational yet (MOA_ACTIVE)");
  }

  @Test
  void anAgencyWhoseMoaIsSuspendedIsRefused() {
    String number = steps.operational(OfficerDeparturesTest.letter(ORI, DEMO), "B-101", "dana.officer");
    participation.suspend(number, participation.recordNotice(number,
        new Notice("ICE", Notice.SUSPENSION, "Audit", true), "hq.analyst").getId());

    assertThatThrownBy(() -> additional.nominate(ORI, one("B-102", "mary@agency.example.gov"), CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "agencyOri"))
        .hasMessage("The WSO agreement of " + DEMO + " is not active (the agency is SUSPENDED): no additional candidates can be nominated.");
  }

  @Test
  void anAgencyWhoseMoaEndedIsRefused() {
    String number = steps.operational(OfficerDeparturesTest.letter(ORI, DEMO), "B-101", "dana.officer");
    participation.recordNotice(number, new Notice("LEA", Notice.TERMINATION, "Program ended", true), CHIEF);
    participation.endAgreement(number);

    assertThatThrownBy(() -> additional.nominate(ORI, one("B-102", "mary@agency.example.gov"), CHIEF))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("(the agency is TERMINATED)");
  }

  @Test
  void anUnknownAgencyIsRefused() {
    assertThatThrownBy(() -> additional.nominate("ZZ0000000", one("B-102", "mary@agency.example.gov"), CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "agencyOri"))
        .hasMessage("No agency with ORI ZZ0000000 is on record.");
    assertThat(additional.jurisdictionOf("zz0000000").ori()).isEqualTo("ZZ0000000");
  }

  @Test
  void rulesNineAndTenApplyAsAtTheFirstNomination() {
    String number = steps.operational(OfficerDeparturesTest.letter(ORI, DEMO), "B-101", "dana.officer");
    long failed = vetting.nominate(number, one("B-103", "lou@agency.example.gov"), CHIEF).get(0).getId();
    steps.clearOn(failed, ParticipationSteps.CLEARED_AT);
    vetting.recordTraining(failed, new TrainingRecord(ParticipationSteps.TRAINED_ON, new BigDecimal("8"), 50, POC), POC);
    vetting.recordRetake(failed, new TrainingRecord(LocalDate.of(2026, 3, 19), null, 55, POC), POC);

    // rule 10: failed the exam and its retake under this MOA
    assertThatThrownBy(() -> additional.nominate(ORI, one("B-103", "lou.new@agency.example.gov"), CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "candidates[0].badgeNumber"))
        .hasMessageContaining("is disqualified");
    // one person, one candidacy: the serving officer's badge is taken
    assertThatThrownBy(() -> additional.nominate(ORI, one("B-101", "someone@agency.example.gov"), CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "candidates[0].badgeNumber"))
        .hasMessageContaining("already nominated or certified");
    // the nomination's own checks
    assertThatThrownBy(() -> additional.nominate(ORI, List.of(), CHIEF))
        .isInstanceOf(RuleViolation.class).satisfies(e -> refusedOn(e, "candidates"));
  }
}
