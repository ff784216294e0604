package org.wso287g.warrant.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wso287g.common.RuleViolation;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialEnded;
import org.wso287g.vetting.domain.CredentialStatus;
import org.wso287g.vetting.domain.OfficerDepartures;

/**
 * The wait for the return of a credential withdrawn by ICE or revoked by its MOA's end
 * ({@code credentialReturn}), started as the program starts it, with the domain services mocked.
 */
@Deployment(resources = "processes/credentialReturn.bpmn")
class CredentialReturnProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  static final String CREDENTIAL = "WSO-LA0990000-0002";
  static final LocalDate ENDED_ON = LocalDate.now().minusDays(2);

  OfficerDepartures departures = mock(OfficerDepartures.class);
  ProcessEngine processEngine;
  CredentialReturnWaits waits;

  @BeforeEach
  void setUp() {
    processEngine = engine.getProcessEngine();
    init(processEngine);
    Agency agency = mock(Agency.class);
    when(agency.getOri()).thenReturn("LA0990000");
    when(agency.getName()).thenReturn("Demo Parish Sheriff's Office");
    when(agency.getFieldOfficeCode()).thenReturn("NOL");
    Candidate officer = mock(Candidate.class);
    when(officer.getFullName()).thenReturn("Mary Major");
    Credential credential = mock(Credential.class);
    when(credential.getNumber()).thenReturn(CREDENTIAL);
    when(credential.getAgency()).thenReturn(agency);
    when(credential.getCandidate()).thenReturn(officer);
    when(credential.getStatus()).thenReturn(CredentialStatus.WITHDRAWN);
    when(credential.getEndedAt()).thenReturn(Instant.now());
    when(credential.getEndReason()).thenReturn("Misconduct (withdrawn by hq.analyst)");
    when(departures.credential(CREDENTIAL)).thenReturn(credential);
    when(departures.endedOn(credential)).thenReturn(ENDED_ON);
    Mocks.register("wsoProgram", new ProgramParameters());
    Mocks.register("recordCredentialReturnDelegate", new RecordCredentialReturnDelegate(departures));
    waits = new CredentialReturnWaits(departures, runtimeService(), processEngine.getProcessEngineConfiguration());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void aWithdrawnCredentialWaitsForThePointOfContactToRecordItsReturn() {
    // The withdrawal is ordered by a Field Office Director, who may not start this process: the program does.
    processEngine.getIdentityService().setAuthentication("nol.director", List.of("fo-nol-director"));
    waits.awaitReturn(new CredentialEnded(2L, CREDENTIAL, CredentialStatus.WITHDRAWN));
    processEngine.getIdentityService().clearAuthentication();

    ProcessInstance instance = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CREDENTIAL).singleResult();
    assertThat(instance).isWaitingAt("userTask_recordCredentialReturn").variables()
        .containsEntry("credentialNumber", CREDENTIAL).containsEntry("credentialStatus", "WITHDRAWN")
        .containsEntry("credentialEndedOn", ENDED_ON.toString()).containsEntry("agencyName", "Demo Parish Sheriff's Office");
    assertThat(task(instance)).hasCandidateGroup("fo-nol-wso-poc").hasName("Record credential return — Mary Major (" + CREDENTIAL + ")");
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isNotNull();

    complete(task(instance), withVariables("credentialReturnedOn", LocalDate.now().toString()));

    verify(departures).recordReturn(eq(CREDENTIAL), eq(LocalDate.now()), anyString());
    assertThat(instance).isEnded().hasPassed("endEvent_credentialReturned");
  }

  @Test
  void atStartUpACredentialEndedBeforeTheseWaitsExistedGetsItsWaitOnce() {
    when(departures.withdrawnOrRevokedNotReturned()).thenReturn(List.of(CREDENTIAL));

    waits.afterSingletonsInstantiated();
    waits.afterSingletonsInstantiated();

    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("credentialReturn").processInstanceBusinessKey(CREDENTIAL).count()).isEqualTo(1);
  }

  @Test
  void aReturnRecordedTwiceIsRefusedAndTheTaskStaysOpen() {
    waits.awaitReturn(new CredentialEnded(2L, CREDENTIAL, CredentialStatus.REVOKED));
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CREDENTIAL).singleResult();
    doThrow(new RuleViolation("credentialReturnedOn", "The return of " + CREDENTIAL + " was already recorded."))
        .when(departures).recordReturn(eq(CREDENTIAL), eq(ENDED_ON), anyString());

    assertThatThrownBy(() -> taskService().complete(task(instance).getId(),
        withVariables("credentialReturnedOn", ENDED_ON.toString())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("already recorded");
    assertThat(instance).isWaitingAt("userTask_recordCredentialReturn");
  }
}
