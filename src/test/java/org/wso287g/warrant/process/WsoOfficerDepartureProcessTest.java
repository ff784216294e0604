package org.wso287g.warrant.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.RuleViolation;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialStatus;
import org.wso287g.vetting.domain.OfficerDepartures;

/** Every path of {@code wsoOfficerDeparture} (Process 6), with the domain services mocked. */
@Deployment(resources = "processes/wsoOfficerDeparture.bpmn")
class WsoOfficerDepartureProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  static final String CREDENTIAL = "WSO-LA0990000-0001";
  static final LocalDate TODAY = LocalDate.now();

  OfficerDepartures departures = mock(OfficerDepartures.class);
  OfficerStandDown standDown = mock(OfficerStandDown.class);
  Agency agency = mock(Agency.class);
  Candidate officer = mock(Candidate.class);
  ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    processEngine = engine.getProcessEngine();
    init(processEngine);
    when(agency.getOri()).thenReturn("LA0990000");
    when(agency.getName()).thenReturn("Demo Parish Sheriff's Office");
    when(agency.getFieldOfficeCode()).thenReturn("NOL");
    when(agency.jurisdiction()).thenReturn(new Jurisdiction("NOL", "LA0990000"));
    when(officer.getFullName()).thenReturn("Dana Officer");
    when(officer.getUserId()).thenReturn("dana.officer");
    Mocks.register("wsoProgram", new ProgramParameters());
    Mocks.register("recordDepartureNoticeDelegate", new RecordDepartureNoticeDelegate(departures, new AccessPolicy()));
    Mocks.register("departOfficerDelegate", new DepartOfficerDelegate(departures, standDown));
    Mocks.register("recordCredentialReturnDelegate", new RecordCredentialReturnDelegate(departures));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void aDepartureDatedTodayTakesEffectAtOnceAndThePointOfContactRecordsTheReturn() {
    Credential credential = notified(Instant.now().minusSeconds(60), true);
    Credential departed = credential(CredentialStatus.DEPARTED);
    when(departures.depart(CREDENTIAL)).thenReturn(departed);
    when(departures.endedOn(departed)).thenReturn(TODAY);
    processEngine.getIdentityService().setAuthentication("chief", List.of("lea-la0990000-command"));

    ProcessInstance instance = start(TODAY);

    assertThat(instance).isWaitingAt("userTask_recordCredentialReturn").hasBusinessKey(CREDENTIAL)
        .hasPassed("gateway_departureJoin").hasNotPassed("timerEvent_departureDate");
    assertThat(instance).variables().containsEntry("shortNotice", true).containsEntry("officerDeparted", true)
        .containsEntry("credentialStatus", "DEPARTED").containsEntry("credentialEndedOn", TODAY.toString());
    verify(standDown).standDown(eq(departed), contains("dana.officer left Demo Parish Sheriff's Office"));
    Task task = task(instance);
    assertThat(task).hasCandidateGroup("fo-nol-wso-poc").hasName("Record credential return — Dana Officer (" + CREDENTIAL + ")");
    org.assertj.core.api.Assertions.assertThat(task.getDueDate()).isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(29))));

    complete(task, withVariables("credentialReturnedOn", TODAY.toString()));

    verify(departures).recordReturn(eq(CREDENTIAL), eq(TODAY), anyString());
    assertThat(instance).isEnded().hasPassed("endEvent_officerDeparted");
    org.assertj.core.api.Assertions.assertThat(credential.getNumber()).isEqualTo(CREDENTIAL);
  }

  @Test
  void aLaterDepartureWaitsForItsDateThenDeparts() {
    notified(Instant.now().plus(Duration.ofDays(120)), false);
    Credential departed = credential(CredentialStatus.DEPARTED);
    when(departures.depart(CREDENTIAL)).thenReturn(departed);

    ProcessInstance instance = start(TODAY.plusDays(120));

    assertThat(instance).isWaitingAt("timerEvent_departureDate").variables().containsEntry("shortNotice", false);
    verify(departures, never()).depart(anyString());
    execute(job(instance));
    assertThat(instance).isWaitingAt("userTask_recordCredentialReturn");
    verify(standDown).standDown(eq(departed), anyString());
  }

  @Test
  void aCredentialWithdrawnBeforeTheDepartureDateHasNothingLeftToDepart() {
    notified(Instant.now().plus(Duration.ofDays(30)), true);
    Credential withdrawn = credential(CredentialStatus.WITHDRAWN);
    when(departures.depart(CREDENTIAL)).thenReturn(withdrawn);

    ProcessInstance instance = start(TODAY.plusDays(30));
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("endEvent_departureOvertaken").hasNotPassed("userTask_recordCredentialReturn");
    verify(standDown, never()).standDown(any(), anyString());
  }

  @Test
  void theCommandStaffOfAnotherAgencyIsRefusedAndNothingStarts() {
    Credential credential = credential(CredentialStatus.ACTIVE);
    when(departures.credential(CREDENTIAL)).thenReturn(credential);
    processEngine.getIdentityService().setAuthentication("other.chief", List.of("lea-ms0450000-command"));

    assertThatThrownBy(() -> start(TODAY)).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("may not report the departure of an officer of the agency LA0990000");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    verify(departures, never()).notifyDeparture(anyString(), any(), anyString(), anyString());
  }

  @Test
  void anEndedCredentialIsRefusedWithTheReason() {
    Credential revoked = credential(CredentialStatus.REVOKED);
    when(departures.credential(CREDENTIAL)).thenReturn(revoked);
    when(departures.notifyDeparture(eq(CREDENTIAL), any(), anyString(), anyString()))
        .thenThrow(new RuleViolation("credentialNumber", "The credential " + CREDENTIAL + " is already REVOKED."));

    assertThatThrownBy(() -> start(TODAY)).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("already REVOKED");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aReturnDatedBeforeTheCredentialEndedIsRefusedAndTheTaskStaysOpen() {
    notified(Instant.now().minusSeconds(60), true);
    Credential departed = credential(CredentialStatus.DEPARTED);
    when(departures.depart(CREDENTIAL)).thenReturn(departed);
    doThrow(new RuleViolation("credentialReturnedOn", "The return cannot be dated before the credential ended."))
        .when(departures).recordReturn(eq(CREDENTIAL), eq(TODAY.minusDays(3)), anyString());
    ProcessInstance instance = start(TODAY);

    assertThatThrownBy(() -> taskService().complete(task(instance).getId(),
        withVariables("credentialReturnedOn", TODAY.minusDays(3).toString())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("before the credential ended");
    assertThat(instance).isWaitingAt("userTask_recordCredentialReturn");
  }

  private Credential credential(CredentialStatus status) {
    Credential credential = mock(Credential.class);
    when(credential.getNumber()).thenReturn(CREDENTIAL);
    when(credential.getAgency()).thenReturn(agency);
    when(credential.getCandidate()).thenReturn(officer);
    when(credential.getStatus()).thenReturn(status);
    return credential;
  }

  /** The departure notice is recorded; it takes effect at {@code at}. */
  private Credential notified(Instant at, boolean shortNotice) {
    Credential credential = credential(CredentialStatus.ACTIVE);
    when(credential.getDepartureNoticeShort()).thenReturn(shortNotice);
    when(credential.getDepartureNotifiedOn()).thenReturn(TODAY);
    when(departures.credential(CREDENTIAL)).thenReturn(credential);
    when(departures.notifyDeparture(eq(CREDENTIAL), any(), eq("Retirement"), anyString()))
        .thenReturn(new OfficerDepartures.DepartureNotice(credential, at));
    return credential;
  }

  private ProcessInstance start(LocalDate departureDate) {
    return runtimeService().startProcessInstanceByKey("wsoOfficerDeparture", withVariables("credentialNumber", CREDENTIAL,
        "departureDate", departureDate.toString(), "departureReason", "Retirement"));
  }
}
