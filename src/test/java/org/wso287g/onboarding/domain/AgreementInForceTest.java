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
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Instructors;
import org.wso287g.vetting.domain.Nomination;
import org.wso287g.vetting.domain.OfficerAccounts;
import org.wso287g.vetting.domain.VettingService;

/**
 * Agreements already in force: headquarters links a WSO agreement imported from ICE's list to a new
 * application, on the real tables. Each refusal names its field and changes nothing. "Today" is 20
 * Mar 2026 (UTC); the agreement was signed on 20 Aug 2025.
 */
@DataJpaTest
@Import({FieldOfficeCalendar.class, ParticipationService.class, VettingService.class, ProgramParameters.class,
    TestClock.Config.class})
class AgreementInForceTest {

  static final String ORI = "TX1230000";
  static final LocalDate SIGNED_ON = LocalDate.of(2025, 8, 20);
  static final LocalDate LETTER_DATE = LocalDate.of(2026, 3, 2);

  @MockitoBean Instructors instructors;
  @MockitoBean OfficerAccounts accounts;

  @Autowired ParticipationService participation;
  @Autowired VettingService vetting;
  @Autowired AgencyRepository agencies;
  @Autowired ApplicationRepository applications;
  @Autowired MoaRepository moas;
  @Autowired TestClock clock;
  @Autowired TestEntityManager em;

  Agency imported;
  Moa agreement;

  @BeforeEach
  void anAgreementImportedFromIcesList() {
    clock.reset();
    em.getEntityManager().createNativeQuery("alter sequence application_number_seq restart with 1").executeUpdate();
    // As the import records it: no ORI, no jail, the first office serving Texas as a guess, OPERATIONAL.
    imported = agencies.save(new Agency(null, "Demo County Sheriff's Office", "TX", "Demo County", null, "DAL",
        Instant.parse("2025-09-01T12:00:00Z")));
    imported.wsoAgreementImported();
    agreement = moas.save(Moa.importedFromIceList(imported, Moa.WSO, SIGNED_ON));
  }

  /** The letter headquarters enters: name, state and county left to the agency's record. */
  static LetterOfInterest letter(String ori, String state, String fieldOffice) {
    return new LetterOfInterest(null, ori, state, null, "Demo County Jail", fieldOffice, 6, LETTER_DATE,
        "Jane Roe", "jane.roe@democounty.example.gov");
  }

  private Application entered() {
    return participation.enterAgreementInForce(agreement.getId(), letter(ORI, null, "HOU"), "hq.analyst");
  }

  private static void refusedOn(Throwable thrown, String field, String reason) {
    assertThat(thrown).isInstanceOf(RuleViolation.class);
    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field).containsExactly(field);
    assertThat(thrown).hasMessageContaining(reason);
  }

  @Test
  void theImportedAgreementBecomesTheApplicationsMoaAndTheAgencyGetsItsOriJailAndOffice() {
    long agreementsBefore = moas.count();

    String number = entered().getNumber();
    em.flush();
    em.clear();

    Application application = applications.findByNumber(number).orElseThrow();
    assertThat(number).isEqualTo("WSO-2026-0001");
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(application.getOpenAgencyId()).isEqualTo(imported.getId());
    assertThat(application.getLetterDate()).isEqualTo(LETTER_DATE);
    assertThat(application.getContactEmail()).isEqualTo("jane.roe@democounty.example.gov");
    assertThat(application.getRegisteredBy()).isEqualTo("hq.analyst");
    assertThat(application.getReviewDecision()).isNull();
    Moa moa = moas.findByApplication(application).orElseThrow();
    assertThat(moa.getId()).isEqualTo(agreement.getId());
    assertThat(moa.getStatus()).isEqualTo(MoaStatus.ACTIVE);
    assertThat(moa.getEffectiveOn()).isEqualTo(SIGNED_ON);
    assertThat(moa.getSource()).isEqualTo(MoaSource.ICE_LIST);
    assertThat(moas.count()).isEqualTo(agreementsBefore);
    Agency agency = application.getAgency();
    assertThat(agency.getId()).isEqualTo(imported.getId());
    assertThat(agency.getOri()).isEqualTo(ORI);
    assertThat(agency.getName()).isEqualTo("Demo County Sheriff's Office");
    assertThat(agency.getCounty()).isEqualTo("Demo County");
    assertThat(agency.getJailFacilityName()).isEqualTo("Demo County Jail");
    assertThat(agency.getFieldOfficeCode()).isEqualTo("HOU");
    assertThat(agency.getStatus()).isEqualTo(AgencyStatus.MOA_ACTIVE);
    assertThat(agency.getOperationalSince()).isNull();
  }

  @Test
  void theRestOfThePathWorksOnTheLinkedAgreement() {
    String number = entered().getNumber();

    List<Candidate> nominated = vetting.nominate(number, List.of(new Nomination("Dana Officer", "DC-101",
        "dana.officer@democounty.example.gov", true)), "lea.command");
    assertThat(nominated).singleElement().satisfies(c -> assertThat(c.getAgency().getId()).isEqualTo(imported.getId()));
    participation.startOperations(number);
    participation.recordOversightReview(number, OversightReview.Kind.INITIAL, true, "Jail visited.", null, "hou.director");

    Agency agency = agencies.findByOri(ORI).orElseThrow();
    assertThat(agency.getStatus()).isEqualTo(AgencyStatus.OPERATIONAL);
    assertThat(agency.getOperationalSince()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void aLetterForTheAgencyIsStillRefusedAsADuplicateOnceItsAgreementIsLinked() {
    entered();

    assertThatThrownBy(() -> participation.register(new LetterOfInterest("Demo County Sheriff's Office", ORI, "TX",
        "Demo County", "Demo County Jail", "HOU", 6, LETTER_DATE, "Jane Roe", "jane@democounty.example.gov"),
        "hq.analyst")).isInstanceOf(DuplicateApplication.class);
  }

  @Test
  void theSameAgreementIsLinkedOnlyOnce() {
    String number = entered().getNumber();

    Throwable again = org.assertj.core.api.Assertions.catchThrowable(this::entered);

    refusedOn(again, "existingAgreementId", "already the agreement of application " + number);
  }

  @Test
  void anAgencyWithAnOpenApplicationBringsItsAgreementInThroughThatApplication() {
    Application open = participation.register(new LetterOfInterest("Second County Sheriff's Office", "TX1230001",
        "TX", "Second County", "Second County Jail", "HOU", 4, LETTER_DATE, "Jane Roe", "jane@second.example.gov"),
        "hq.analyst");
    Moa listed = moas.save(Moa.importedFromIceList(open.getAgency(), Moa.WSO, SIGNED_ON));

    refusedOn(org.assertj.core.api.Assertions.catchThrowable(() ->
        participation.enterAgreementInForce(listed.getId(), letter("TX1230001", null, "HOU"), "hq.analyst")),
        "existingAgreementId", "already has an open application");
    assertThat(listed.getApplication()).isNull();
  }

  @Test
  void anUnknownAgreementIsRefused() {
    refusedOn(org.assertj.core.api.Assertions.catchThrowable(() ->
        participation.enterAgreementInForce(999_999L, letter(ORI, null, "HOU"), "hq.analyst")),
        "existingAgreementId", "No agreement 999999 is on record");
    refusedOn(org.assertj.core.api.Assertions.catchThrowable(() ->
        participation.enterAgreementInForce(null, letter(ORI, null, "HOU"), "hq.analyst")),
        "existingAgreementId", "Give the id of the agreement");
  }

  @Test
  void anAgreementOfAnotherModelIsRefused() {
    Moa jailEnforcement = moas.save(Moa.importedFromIceList(imported, Moa.JEM, SIGNED_ON));

    refusedOn(org.assertj.core.api.Assertions.catchThrowable(() ->
        participation.enterAgreementInForce(jailEnforcement.getId(), letter(ORI, null, "HOU"), "hq.analyst")),
        "existingAgreementId", "is a JEM agreement, not a WSO agreement");
  }

  @Test
  void anAgreementNoLongerInForceIsRefused() {
    agreement.ended(MoaStatus.TERMINATED, LocalDate.of(2026, 1, 15));

    refusedOn(org.assertj.core.api.Assertions.catchThrowable(this::entered), "existingAgreementId",
        "is TERMINATED: only an ACTIVE agreement is in force");
    assertThat(imported.getOri()).isNull();
  }

  @Test
  void anOriOfAnotherAgencyIsRefused() {
    agencies.save(new Agency(ORI, "Other Town Police Department", "TX", "Other", "Other Jail", "HOU",
        Instant.parse("2025-09-01T12:00:00Z")));

    refusedOn(org.assertj.core.api.Assertions.catchThrowable(this::entered), "agencyOri",
        "belongs to Other Town Police Department");
    assertThat(imported.getOri()).isNull();
    assertThat(applications.count()).isZero();
  }

  @Test
  void anAgencyWithAnotherOriOnRecordIsRefused() {
    imported.identified("TX1239999");

    refusedOn(org.assertj.core.api.Assertions.catchThrowable(this::entered), "agencyOri",
        "has the ORI TX1239999, not " + ORI);
  }

  @Test
  void aFieldOfficeThatDoesNotServeTheAgencysStateIsRefused() {
    refusedOn(org.assertj.core.api.Assertions.catchThrowable(() ->
        participation.enterAgreementInForce(agreement.getId(), letter(ORI, null, "NOL"), "hq.analyst")),
        "fieldOfficeCode", "does not serve TX");
    assertThat(imported.getFieldOfficeCode()).isEqualTo("DAL");
  }

  @Test
  void aStateOtherThanTheAgencysIsRefused() {
    refusedOn(org.assertj.core.api.Assertions.catchThrowable(() ->
        participation.enterAgreementInForce(agreement.getId(), letter("LA0990000", "LA", "NOL"), "hq.analyst")),
        "agencyState", "is with Demo County Sheriff's Office in TX, not in LA");
  }

  @Test
  void theLettersOwnRulesStillApply() {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> participation.enterAgreementInForce(
        agreement.getId(), new LetterOfInterest(null, "LA0990000", null, null, " ", "HOU", 0, LETTER_DATE, "Jane Roe",
            "not-an-email"), "hq.analyst"));

    assertThat(((RuleViolation) thrown).problems()).extracting(Problem::field)
        .contains("agencyOri", "jailFacilityName", "requestedOfficerCount", "contactEmail");
    assertThat(imported.getOri()).isNull();
  }
}
