package org.wso287g.warrant.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wso287g.access.AccessPolicy;
import org.wso287g.common.RuleViolation;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.OfficerAuthority;

/** The withdrawal of one officer's authority, with the domain services mocked. */
@Deployment(resources = "processes/officerAuthorityWithdrawal.bpmn")
class OfficerAuthorityWithdrawalProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  static final String CREDENTIAL = "WSO-LA0990000-0001";

  OfficerAuthority authority = mock(OfficerAuthority.class);
  OfficerStandDown standDown = mock(OfficerStandDown.class);

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("withdrawOfficerAuthorityDelegate", new WithdrawOfficerAuthorityDelegate(authority, standDown, new AccessPolicy()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void withdrawnOfficerLeavesTheAgencyWsoGroupAtOnce() {
    Agency agency = mock(Agency.class);
    when(agency.getOri()).thenReturn("LA0990000");
    when(agency.getFieldOfficeCode()).thenReturn("NOL");
    Candidate officer = mock(Candidate.class);
    when(officer.getUserId()).thenReturn("dana.officer");
    Credential credential = mock(Credential.class);
    when(credential.getNumber()).thenReturn(CREDENTIAL);
    when(credential.getAgency()).thenReturn(agency);
    when(credential.getCandidate()).thenReturn(officer);
    when(authority.withdraw(eq(CREDENTIAL), eq("Complaint under investigation"), anyString())).thenReturn(credential);

    ProcessInstance instance = start("Complaint under investigation");

    assertThat(instance).isEnded().hasPassed("endEvent_authorityWithdrawn");
    org.assertj.core.api.Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(CREDENTIAL).count()).isEqualTo(1);
    verify(standDown).standDown(eq(credential), contains("dana.officer"));
  }

  @Test
  void withdrawalWithoutAReasonIsRefusedAndChangesNothing() {
    when(authority.withdraw(eq(CREDENTIAL), eq(""), anyString()))
        .thenThrow(new RuleViolation("withdrawalReason", "Say why the officer's authority is withdrawn."));

    assertThatThrownBy(() -> start("")).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Say why");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    verify(standDown, never()).standDown(any(), anyString());
  }

  private ProcessInstance start(String reason) {
    return runtimeService().startProcessInstanceByKey("officerAuthorityWithdrawal",
        withVariables("credentialNumber", CREDENTIAL, "withdrawalReason", reason));
  }
}
