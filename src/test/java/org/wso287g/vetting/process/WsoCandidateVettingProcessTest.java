package org.wso287g.vetting.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
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
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.vetting.domain.BackgroundCheck;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.VettingService;

/** Every path of {@code wsoCandidateVetting}, with the domain services mocked. */
@Deployment(resources = "processes/wsoCandidateVetting.bpmn")
class WsoCandidateVettingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  static final long CANDIDATE = 7L;
  static final String TODAY = LocalDate.now().toString();

  VettingService vetting = mock(VettingService.class);
  ProgramIdentity identity = mock(ProgramIdentity.class);
  ProcessEngine processEngine;

  @BeforeEach
  void registerDelegates() {
    processEngine = engine.getProcessEngine();
    init(processEngine);
    Candidate candidate = mock(Candidate.class);
    when(candidate.getFullName()).thenReturn("Dana Officer");
    when(candidate.getUserId()).thenReturn("dana.officer");
    when(candidate.getEmail()).thenReturn("dana.officer@demo-parish.invalid");
    when(vetting.candidate(CANDIDATE)).thenReturn(candidate);
    Credential credential = mock(Credential.class);
    when(credential.getNumber()).thenReturn("WSO-LA0990000-0001");
    when(vetting.issueCredential(eq(CANDIDATE), any(), anyString())).thenReturn(credential);

    Mocks.register("openCandidateFileDelegate", new OpenCandidateFileDelegate(vetting));
    Mocks.register("recordBackgroundResultDelegate", new RecordBackgroundResultDelegate(vetting));
    Mocks.register("recordTrainingDelegate", new RecordTrainingDelegate(vetting));
    Mocks.register("recordRetakeDelegate", new RecordRetakeDelegate(vetting));
    Mocks.register("certifyOfficerDelegate", new CertifyOfficerDelegate(vetting));
    Mocks.register("issueCredentialDelegate", new IssueCredentialDelegate(vetting, identity));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void clearedCandidateWhoPassesTheExamIsCertifiedAndCredentialed() {
    when(vetting.recordTraining(eq(CANDIDATE), any(), any())).thenReturn(true);
    ProcessInstance vettingInstance = start();

    assertThat(vettingInstance).isWaitingAt("userTask_backgroundInvestigation");
    assertThat(task(vettingInstance)).hasCandidateGroup("personnel-security").hasName("Background investigation — Dana Officer, Demo Parish Sheriff's Office");
    complete(task(vettingInstance), withVariables("backgroundResult", "CLEARED"));

    assertThat(vettingInstance).isWaitingAt("userTask_recordTraining");
    assertThat(task(vettingInstance)).hasCandidateGroup("fo-nol-wso-poc");
    complete(task(vettingInstance), training(8, 85));

    assertThat(vettingInstance).isWaitingAt("userTask_signAuthorizationLetter");
    assertThat(task(vettingInstance)).hasCandidateGroup("fo-nol-director");
    verify(vetting).certify(CANDIDATE);
    complete(task(vettingInstance), withVariables("authorizationSignedOn", TODAY));

    assertThat(vettingInstance).isEnded().hasPassedInOrder("userTask_backgroundInvestigation",
            "userTask_recordTraining", "serviceTask_certifyOfficer", "userTask_signAuthorizationLetter",
            "serviceTask_issueCredential", "endEvent_certified")
        .hasNotPassed("userTask_recordRetake", "endEvent_notCleared", "endEvent_disqualified")
        .variables().containsEntry("credentialNumber", "WSO-LA0990000-0001");
    verify(identity).enrolOfficer("dana.officer", "Dana Officer", "dana.officer@demo-parish.invalid", "LA0990000");
  }

  @Test
  void candidateNotClearedEndsWithoutTraining() {
    ProcessInstance vettingInstance = start();
    complete(task(vettingInstance), withVariables("backgroundResult", "NOT_CLEARED", "backgroundNotes", "Disciplinary history"));

    assertThat(vettingInstance).isEnded().hasPassed("endEvent_notCleared")
        .hasNotPassed("userTask_recordTraining", "serviceTask_certifyOfficer", "endEvent_certified");
    verify(vetting).recordBackgroundResult(CANDIDATE, BackgroundCheck.Result.NOT_CLEARED, "Disciplinary history", "system");
    verify(vetting, never()).certify(any(Long.class));
  }

  @Test
  void failedExamGetsOneRetakeAndAPassedRetakeLeadsToCertification() {
    when(vetting.recordTraining(eq(CANDIDATE), any(), any())).thenReturn(false);
    when(vetting.recordRetake(eq(CANDIDATE), any(), any())).thenReturn(true);
    ProcessInstance vettingInstance = start();
    complete(task(vettingInstance), withVariables("backgroundResult", "CLEARED"));
    complete(task(vettingInstance), training(8, 60));

    assertThat(vettingInstance).isWaitingAt("userTask_recordRetake");
    assertThat(task(vettingInstance)).hasCandidateGroup("fo-nol-wso-poc");
    complete(task(vettingInstance), withVariables("retakeDate", TODAY, "retakeScore", 75L, "retakeInstructor", "nol.poc"));

    assertThat(vettingInstance).isWaitingAt("userTask_signAuthorizationLetter");
    complete(task(vettingInstance), withVariables("authorizationSignedOn", TODAY));
    assertThat(vettingInstance).isEnded().hasPassed("userTask_recordRetake", "endEvent_certified");
  }

  @Test
  void secondExamFailureDisqualifiesTheCandidate() {
    when(vetting.recordTraining(eq(CANDIDATE), any(), any())).thenReturn(false);
    when(vetting.recordRetake(eq(CANDIDATE), any(), any())).thenReturn(false);
    ProcessInstance vettingInstance = start();
    complete(task(vettingInstance), withVariables("backgroundResult", "CLEARED"));
    complete(task(vettingInstance), training(8, 60));
    complete(task(vettingInstance), withVariables("retakeDate", TODAY, "retakeScore", 65L, "retakeInstructor", "nol.poc"));

    assertThat(vettingInstance).isEnded().hasPassed("endEvent_disqualified")
        .hasNotPassed("serviceTask_certifyOfficer", "endEvent_certified");
    verify(vetting, never()).certify(any(Long.class));
  }

  @Test
  void refusedTrainingRecordLeavesTheTaskOpenWithTheReason() {
    when(vetting.recordTraining(eq(CANDIDATE), any(), any())).thenThrow(
        new RuleViolation("trainingHours", "The training record needs at least 8 hours; 7.5 were entered."));
    ProcessInstance vettingInstance = start();
    complete(task(vettingInstance), withVariables("backgroundResult", "CLEARED"));
    String taskId = task(vettingInstance).getId();

    assertThatThrownBy(() -> complete(task(vettingInstance), training(7.5, 85)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("at least 8 hours; 7.5 were entered");
    assertThat(vettingInstance).isWaitingAt("userTask_recordTraining");
    org.assertj.core.api.Assertions.assertThat(task(vettingInstance).getId()).isEqualTo(taskId);
  }

  @Test
  void unreadableScoreIsRefusedNamingTheField() {
    ProcessInstance vettingInstance = start();
    complete(task(vettingInstance), withVariables("backgroundResult", "CLEARED"));

    assertThatThrownBy(() -> complete(task(vettingInstance), withVariables("trainingDate", TODAY, "trainingHours", 8L,
        "examScore", "eighty", "instructor", "nol.poc")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'eighty' is not a number");
    assertThat(vettingInstance).isWaitingAt("userTask_recordTraining");
  }

  private ProcessInstance start() {
    return processEngine.getRuntimeService().startProcessInstanceByKey(VettingVariables.PROCESS_ID, "WSO-2026-0001",
        withVariables("candidateId", CANDIDATE, "agencyOri", "LA0990000", "agencyName", "Demo Parish Sheriff's Office",
            "fieldOfficeCode", "NOL", "applicationNumber", "WSO-2026-0001"));
  }

  private static java.util.Map<String, Object> training(Number hours, long score) {
    return withVariables("trainingDate", TODAY, "trainingHours", hours, "examScore", score, "instructor", "nol.poc");
  }
}
