package org.wso287g.onboarding.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.RuleViolation;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.vetting.domain.AdditionalCandidates;
import org.wso287g.vetting.domain.Candidate;

/**
 * Every path of {@code wsoAdditionalCandidates} (Process 5), with the domain service mocked; the
 * vetting of each candidate is a stub that ends at once.
 */
@Deployment(resources = "processes/wsoAdditionalCandidates.bpmn")
class WsoAdditionalCandidatesProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .excludeProcessDefinitionKeys("wsoCandidateVetting")
      .assertClassCoverageAtLeast(1.0).build();

  static final String NUMBER = "WSO-2026-0001";
  static final String ORI = "LA0990000";
  static final String CANDIDATES = "[{\"fullName\":\"Dana Officer\",\"badgeNumber\":\"B-17\",\"email\":\"dana@demo.example.gov\","
      + "\"usCitizen\":true},{\"fullName\":\"Lee Deputy\",\"badgeNumber\":\"B-18\",\"email\":\"lee@demo.example.gov\",\"usCitizen\":true}]";

  AdditionalCandidates additional = mock(AdditionalCandidates.class);
  ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    processEngine = engine.getProcessEngine();
    init(processEngine);
    engine.manageDeployment(processEngine.getRepositoryService().createDeployment()
        .addModelInstance("wsoCandidateVetting-stub.bpmn", Bpmn.createExecutableProcess("wsoCandidateVetting")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy());
    when(additional.jurisdictionOf(anyString())).thenReturn(new Jurisdiction("NOL", ORI));
    Mocks.register("registerAdditionalCandidatesDelegate", new RegisterAdditionalCandidatesDelegate(additional, new AccessPolicy()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void eachAdditionalCandidateIsVettedUnderTheAgreementOfTheAgency() {
    Agency agency = mock(Agency.class);
    when(agency.getOri()).thenReturn(ORI);
    when(agency.getName()).thenReturn("Demo Parish Sheriff's Office");
    when(agency.getFieldOfficeCode()).thenReturn("NOL");
    Application application = mock(Application.class);
    when(application.getNumber()).thenReturn(NUMBER);
    when(application.getAgency()).thenReturn(agency);
    List<Candidate> candidates = List.of(candidate(7L), candidate(8L));
    when(additional.nominate(eq("la0990000"), argThat(list -> list.size() == 2 && list.get(0).badgeNumber().equals("B-17")),
        anyString())).thenReturn(new AdditionalCandidates.Nominated(application, candidates));
    processEngine.getIdentityService().setAuthentication("chief", List.of("lea-la0990000-command"));

    ProcessInstance instance = start("la0990000");

    assertThat(instance).isNotEnded();
    org.assertj.core.api.Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("wsoCandidateVetting").processInstanceBusinessKey(NUMBER).count()).isEqualTo(2);
    assertThat(instance).variables().containsEntry("applicationNumber", NUMBER).containsEntry("agencyOri", ORI)
        .containsEntry("fieldOfficeCode", "NOL").doesNotContainKeys("candidates", "candidateCount");
    jobQuery().list().forEach(job -> execute(job));
    assertThat(instance).isEnded().hasPassed("endEvent_additionalCandidatesVetted");
    org.assertj.core.api.Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey()).isEqualTo(NUMBER);
  }

  @Test
  void anAgencyNotOperationalUnderAnActiveMoaIsRefusedAndNothingStarts() {
    when(additional.nominate(anyString(), anyList(), anyString())).thenThrow(new RuleViolation("agencyOri",
        "The WSO agreement of Demo Parish Sheriff's Office is not active (the agency is SUSPENDED)."));

    assertThatThrownBy(() -> start(ORI)).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("not active");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void theCommandStaffOfAnotherAgencyIsRefused() {
    processEngine.getIdentityService().setAuthentication("other.chief", List.of("lea-ms0450000-command"));

    assertThatThrownBy(() -> start(ORI)).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("may not nominate additional WSO candidates for the agency LA0990000")
        .hasMessageContaining("lea-la0990000-command");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    verify(additional, never()).nominate(anyString(), anyList(), anyString());
  }

  private static Candidate candidate(long id) {
    Candidate candidate = mock(Candidate.class);
    when(candidate.getId()).thenReturn(id);
    return candidate;
  }

  private ProcessInstance start(String ori) {
    return runtimeService().startProcessInstanceByKey("wsoAdditionalCandidates", Variables.createVariables()
        .putValue("agencyOri", ori).putValue("candidateCount", 2)
        .putValueTyped("candidates", SpinValues.jsonValue(CANDIDATES).create()));
  }
}
