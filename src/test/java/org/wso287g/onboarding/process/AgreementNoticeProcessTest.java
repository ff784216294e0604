package org.wso287g.onboarding.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.wso287g.access.Actor;
import org.wso287g.access.NotAllowed;
import org.wso287g.common.NotWaiting;

/** The give-notice start form's process, with the participation's engine adapter mocked. */
@Deployment(resources = "processes/agreementNotice.bpmn")
class AgreementNoticeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  static final String NUMBER = "WSO-2026-0001";

  ParticipationProcess participation = mock(ParticipationProcess.class);

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    Mocks.register("giveNoticeDelegate", new GiveNoticeDelegate(participation));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aNoticeWrittenInTheStartFormIsGivenOnTheAgreementAndKeyedByItsApplication() {
    ProcessInstance instance = start();

    assertThat(instance).isEnded().hasPassed("serviceTask_giveNotice", "endEvent_noticeGiven");
    org.assertj.core.api.Assertions.assertThat(instance.getBusinessKey()).isEqualTo(NUMBER);
    verify(participation).giveNotice(any(Actor.class), eq(NUMBER), eq("ICE"), eq(Map.of("noticeKind", "TERMINATION",
        "noticeReason", "Misuse of authority", "exigent", true)));
  }

  @Test
  void aNoticeTheAgreementDoesNotWaitForIsRefusedWithTheReasonAndNothingStarts() {
    doThrow(new NotWaiting("The agreement of application " + NUMBER + " takes no notice now."))
        .when(participation).giveNotice(any(), any(), any(), any());

    assertThatThrownBy(this::start).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("takes no notice now");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aPersonWhoIsNotAPartyIsRefusedAsTheEngineRefusesAnAuthorization() {
    doThrow(new NotAllowed("nol.ero may not give ICE's termination or suspension notice on the agreement of LA0990000."))
        .when(participation).giveNotice(any(), any(), any(), any());

    assertThatThrownBy(this::start).isInstanceOf(AuthorizationException.class).hasMessageContaining("may not give");
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("agreementNotice", withVariables("applicationNumber", NUMBER,
        "noticeFrom", "ICE", "noticeKind", "TERMINATION", "noticeReason", "Misuse of authority", "exigent", true));
  }
}
