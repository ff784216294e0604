package org.wso287g.warrant.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.wso287g.common.RuleViolation;
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.OfficerAuthority;
import org.wso287g.warrant.domain.CitizenshipClaimReview;
import org.wso287g.warrant.domain.DuplicateWarrant;
import org.wso287g.warrant.domain.PartnershipRefusal;
import org.wso287g.warrant.domain.Served;
import org.wso287g.warrant.domain.Warrant;
import org.wso287g.warrant.domain.WarrantService;

/** Every path of {@code warrantService}, with the domain services mocked. */
@Deployment(resources = "processes/warrantService.bpmn")
class WarrantServiceProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  static final String NUMBER = "ICE-I200-0001";
  static final String OFFICER = "dana.officer";

  WarrantService warrants = mock(WarrantService.class);
  OfficerAuthority authority = mock(OfficerAuthority.class);
  ProgramIdentity identity = mock(ProgramIdentity.class);
  ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    processEngine = engine.getProcessEngine();
    init(processEngine);
    Agency agency = mock(Agency.class);
    when(agency.getFieldOfficeCode()).thenReturn("NOL");
    Warrant warrant = mock(Warrant.class);
    when(warrant.getNumber()).thenReturn(NUMBER);
    when(warrant.getAgency()).thenReturn(agency);
    when(warrants.lodge(any(), anyString())).thenReturn(warrant);
    when(warrants.serve(eq(NUMBER), any())).thenAnswer(call -> ((Served) call.getArgument(1)).servedAt().plus(48, ChronoUnit.HOURS));

    Mocks.register("wsoProgram", new ProgramParameters());
    Mocks.register("verifyPartnershipDelegate", new VerifyPartnershipDelegate(warrants, new AccessPolicy()));
    Mocks.register("recordRescheduleDelegate", new RecordRescheduleDelegate(warrants));
    Mocks.register("recordCancellationDelegate", new RecordCancellationDelegate(warrants));
    Mocks.register("serveWarrantGuard", new ServeWarrantGuard(authority));
    Mocks.register("recordServiceDelegate", new RecordServiceDelegate(warrants));
    Mocks.register("notifyIceDelegate", new NotifyIceDelegate(warrants));
    Mocks.register("escalateCitizenshipClaimDelegate", new EscalateCitizenshipClaimDelegate(warrants));
    Mocks.register("recordCitizenshipReviewDelegate", new RecordCitizenshipReviewDelegate(warrants));
    Mocks.register("recordCustodyDelegate", new RecordCustodyDelegate(warrants));
    Mocks.register("recordReleaseDelegate", new RecordReleaseDelegate(warrants));
    Mocks.register("recordUnservedReleaseDelegate", new RecordUnservedReleaseDelegate(warrants));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void warrantForAnAgencyThatIsNotOperationalIsRefused() {
    doThrow(new PartnershipRefusal("partnershipInactive", "Not operational")).when(warrants).verifyPartnership(NUMBER);
    ProcessInstance instance = lodge();

    assertThat(instance).isEnded().hasPassed("endEvent_refused").hasNotPassed("userTask_serveWarrant");
  }

  @Test
  void warrantOfAnotherTypeOrForAnotherJailIsRefused() {
    doThrow(new PartnershipRefusal("invalidWarrant", "Not the agency's jail")).when(warrants).verifyPartnership(NUMBER);
    ProcessInstance instance = lodge();

    assertThat(instance).isEnded().hasPassed("boundaryEvent_invalidWarrant", "endEvent_refused");
  }

  @Test
  void aWarrantLodgedTwiceIsRefusedAndNothingStarts() {
    when(warrants.lodge(any(), anyString())).thenThrow(new DuplicateWarrant(NUMBER));

    assertThatThrownBy(this::lodge).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("already lodged");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void cancelledWarrantEndsBeforeService() {
    ProcessInstance instance = lodge();
    assertThat(instance).hasBusinessKey(NUMBER).isWaitingAt("gateway_awaitRelease");

    runtimeService().createMessageCorrelation("Message_WarrantCancelled").processInstanceBusinessKey(NUMBER)
        .setVariable("cancellationReason", "Detainer withdrawn").correlate();

    assertThat(instance).isEnded().hasPassed("endEvent_cancelled").hasNotPassed("userTask_serveWarrant");
    verify(warrants).cancel(NUMBER, "Detainer withdrawn", "system");
  }

  @Test
  void rescheduledReleaseMovesTheWaitToTheNewTime() {
    ProcessInstance instance = lodge();
    Instant later = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    runtimeService().createMessageCorrelation("Message_ReleaseRescheduled").processInstanceBusinessKey(NUMBER)
        .setVariable("scheduledReleaseAt", later.toString()).correlate();

    assertThat(instance).isWaitingAt("gateway_awaitRelease");
    org.assertj.core.api.Assertions.assertThat(job("timerEvent_scheduledRelease").getDuedate().toInstant()).isEqualTo(later);
    verify(warrants).reschedule(NUMBER, later, "system");
    execute(job("timerEvent_scheduledRelease"));
    assertThat(instance).isWaitingAt("userTask_serveWarrant");
  }

  @Test
  void servedWarrantIsNotifiedAndCustodyIsTransferredToIce() {
    ProcessInstance instance = releaseDue();
    assertThat(task(instance)).hasCandidateGroup("lea-la0990000-wso");
    serve(instance, false);

    assertThat(instance).isWaitingAt("userTask_assumeCustody").hasPassedInOrder("serviceTask_recordService",
        "serviceTask_notifyIce");
    assertThat(task(instance)).hasCandidateGroup("fo-nol-ero");
    verify(warrants).notifyIce(NUMBER);
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isNotNull();
    taskService().complete(task(instance).getId(), withVariables("custodyAssumedAt", Instant.now().toString()));

    assertThat(instance).isEnded().hasPassed("endEvent_custodyTransferred")
        .hasNotPassed("userTask_reviewCitizenshipClaim", "userTask_releaseSubject");
  }

  @Test
  void personNotTakenIntoIceCustodyWithin48HoursIsReleased() {
    ProcessInstance instance = releaseDue();
    serve(instance, false);

    execute(job("boundaryEvent_custodyLimit"));

    assertThat(instance).isWaitingAt("userTask_releaseSubject").hasNotPassed("endEvent_custodyTransferred");
    assertThat(task(instance)).hasCandidateGroup("lea-la0990000-command");
    taskService().complete(task(instance).getId(), withVariables("releasedAt", Instant.now().toString()));
    assertThat(instance).isEnded().hasPassed("endEvent_releasedAfter48Hours");
    verify(warrants).release(eq(NUMBER), any(), eq("48 hours after service without ICE custody"), eq("system"));
  }

  @Test
  void custodyRecordedAfterTheTimerFiredIsImpossibleAndReleaseIsTheOnlyWayOn() {
    ProcessInstance instance = releaseDue();
    serve(instance, false);
    String custodyTask = task(instance).getId();

    execute(job("boundaryEvent_custodyLimit"));

    assertThatThrownBy(() -> taskService().complete(custodyTask, withVariables("custodyAssumedAt", Instant.now().toString())))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(instance).isWaitingAt("userTask_releaseSubject");
    verify(warrants, never()).assumeCustody(anyString(), any(), anyString());
  }

  @Test
  void custodyArrivingAfterTheDeadlineButBeforeTheTimerRanIsRefusedAndTheTimerStillWins() {
    ProcessInstance instance = releaseDue();
    serve(instance, false);
    doThrow(new RuleViolation("custodyAssumedAt", "The 48 hours after service ended")).when(warrants)
        .assumeCustody(eq(NUMBER), any(), anyString());

    assertThatThrownBy(() -> taskService().complete(task(instance).getId(),
        withVariables("custodyAssumedAt", Instant.now().toString())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("48 hours");
    assertThat(instance).isWaitingAt("userTask_assumeCustody");

    execute(job("boundaryEvent_custodyLimit"));
    assertThat(instance).isWaitingAt("userTask_releaseSubject");
  }

  @Test
  void citizenshipClaimNotPickedUpWithinAnHourIsEscalatedToTheFieldOfficeDirector() {
    ProcessInstance instance = releaseDue();
    serve(instance, true);

    assertThat(instance).isWaitingAt("userTask_reviewCitizenshipClaim");
    assertThat(task(instance)).hasCandidateGroup("fo-nol-ero");
    execute(job("boundaryEvent_claimNotPickedUp"));

    assertThat(task(instance)).hasCandidateGroup("fo-nol-director").hasCandidateGroup("fo-nol-ero");
    verify(warrants).escalateClaim(NUMBER);
    taskService().complete(task(instance).getId(), withVariables("citizenshipClaimDecision", "UNSUBSTANTIATED",
        "citizenshipClaimNotes", "Birth record not found"));
    assertThat(instance).isWaitingAt("userTask_assumeCustody");
    taskService().complete(task(instance).getId(), withVariables("custodyAssumedAt", Instant.now().toString()));
    assertThat(instance).isEnded().hasPassed("serviceTask_escalateToFod", "endEvent_escalated", "endEvent_custodyTransferred");
  }

  @Test
  void claimedTaskIsNotEscalated() {
    ProcessInstance instance = releaseDue();
    serve(instance, true);
    taskService().claim(task(instance).getId(), "nol.ero");

    execute(job("boundaryEvent_claimNotPickedUp"));

    org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(task(instance).getId()))
        .noneMatch(link -> "fo-nol-director".equals(link.getGroupId()));
    verify(warrants, never()).escalateClaim(anyString());
  }

  @Test
  void upheldCitizenshipClaimEndsWithTheReleaseOfThePerson() {
    ProcessInstance instance = releaseDue();
    serve(instance, true);
    taskService().complete(task(instance).getId(), withVariables("citizenshipClaimDecision", "SUBSTANTIATED",
        "citizenshipClaimNotes", "US passport verified"));

    assertThat(instance).isWaitingAt("userTask_releaseOnClaim").hasNotPassed("userTask_assumeCustody");
    verify(warrants).reviewClaim(NUMBER, CitizenshipClaimReview.Decision.SUBSTANTIATED, "US passport verified", "system");
    taskService().complete(task(instance).getId(), withVariables("releasedAt", Instant.now().toString()));
    assertThat(instance).isEnded().hasPassed("endEvent_claimUpheld", "endEvent_releasedClaimUpheld");
  }

  @Test
  void aServiceRecordedFortyMinutesLateEscalatesTheClaimTwentyMinutesLater() {
    ProcessInstance instance = releaseDue();
    Instant recorded = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant servedAt = recorded.minus(40, ChronoUnit.MINUTES);
    serve(instance, true, servedAt);

    Instant escalation = servedAt.plus(1, ChronoUnit.HOURS);
    org.assertj.core.api.Assertions.assertThat(job("boundaryEvent_claimNotPickedUp").getDuedate().toInstant())
        .as("the hour runs from servedAt, not from the recording").isEqualTo(escalation);
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate().toInstant()).isEqualTo(escalation);
    try {
      ClockUtil.setCurrentTime(Date.from(recorded.plus(19, ChronoUnit.MINUTES)));
      org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("boundaryEvent_claimNotPickedUp").executable().count())
          .as("19 minutes after the recording").isZero();
      ClockUtil.setCurrentTime(Date.from(recorded.plus(21, ChronoUnit.MINUTES)));
      org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("boundaryEvent_claimNotPickedUp").executable().count())
          .as("21 minutes after the recording").isOne();
    } finally {
      ClockUtil.reset();
    }
    execute(job("boundaryEvent_claimNotPickedUp"));
    assertThat(task(instance)).hasCandidateGroup("fo-nol-director");
    verify(warrants).escalateClaim(NUMBER);
  }

  @Test
  void aWarrantNobodyServesWithinTheServiceWindowIsNoHoldAndTheAgencyReleasesThePerson() {
    ProcessInstance instance = releaseDue();
    String serveTask = task(instance).getId();
    Instant windowCloses = scheduledRelease(instance).plus(2, ChronoUnit.HOURS);
    org.assertj.core.api.Assertions.assertThat(job("boundaryEvent_notServedInTime").getDuedate().toInstant())
        .isEqualTo(windowCloses);

    execute(job("boundaryEvent_notServedInTime"));

    assertThat(instance).isWaitingAt("userTask_releaseUnserved").hasNotPassed("serviceTask_recordService");
    org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskId(serveTask).count())
        .as("the serve task is withdrawn").isZero();
    assertThat(task(instance)).hasCandidateGroup("lea-la0990000-command");
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate().toInstant()).isEqualTo(windowCloses);
    Instant releasedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    taskService().complete(task(instance).getId(), withVariables("releasedAt", releasedAt.toString(),
        "releaseNotes", "Released on the booking officer's order"));

    assertThat(instance).isEnded().hasPassed("serviceTask_recordUnservedRelease", "endEvent_releasedUnserved")
        .hasNotPassed("serviceTask_notifyIce", "subProcess_custodyWindow");
    verify(warrants).releaseUnserved(NUMBER, releasedAt, "Released on the booking officer's order", "system");
    verify(warrants, never()).serve(anyString(), any());
  }

  @Test
  void theServiceWindowIsAProgramParameter() {
    ProgramParameters program = new ProgramParameters();
    program.setServiceWindow("PT30M");
    Mocks.register("wsoProgram", program);
    ProcessInstance instance = releaseDue();

    org.assertj.core.api.Assertions.assertThat(job("boundaryEvent_notServedInTime").getDuedate().toInstant())
        .isEqualTo(scheduledRelease(instance).plus(30, ChronoUnit.MINUTES));
  }

  @Test
  void anUnservedReleaseTheRulesRefuseLeavesTheReleaseTaskOpen() {
    ProcessInstance instance = releaseDue();
    execute(job("boundaryEvent_notServedInTime"));
    doThrow(new RuleViolation("releasedAt", "The time of release is required and cannot be in the future."))
        .when(warrants).releaseUnserved(eq(NUMBER), any(), any(), anyString());

    assertThatThrownBy(() -> taskService().complete(task(instance).getId(),
        withVariables("releasedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("cannot be in the future");
    assertThat(instance).isWaitingAt("userTask_releaseUnserved");
  }

  @Test
  void theOfficerWhoServedCannotAssumeCustodyAndTheTaskStaysOpen() {
    ProcessInstance instance = releaseDue();
    serve(instance, false);
    doThrow(new RuleViolation("officer", OFFICER + " served this warrant")).when(warrants)
        .assumeCustody(eq(NUMBER), any(), eq(OFFICER));

    processEngine.getIdentityService().setAuthentication(OFFICER, java.util.List.of("fo-nol-ero"));
    try {
      assertThatThrownBy(() -> taskService().complete(task(instance).getId(),
          withVariables("custodyAssumedAt", Instant.now().toString())))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(OFFICER + " served this warrant");
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
    assertThat(instance).isWaitingAt("userTask_assumeCustody");
  }

  @Test
  void theServeTaskCannotBeClaimedBySomeoneWithoutAuthority() {
    ProcessInstance instance = releaseDue();
    doThrow(new RuleViolation("officer", "demo.sheriff holds no WSO credential")).when(authority)
        .requireAuthority("demo.sheriff", "LA0990000");
    String serveTask = task(instance).getId();

    assertThatThrownBy(() -> taskService().claim(serveTask, "demo.sheriff")).hasRootCauseInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("holds no WSO credential");
    assertThatThrownBy(() -> taskService().setAssignee(serveTask, "demo.sheriff")).hasMessageContaining("holds no WSO credential");
    org.assertj.core.api.Assertions.assertThat(taskService().createTaskQuery().taskId(serveTask).singleResult().getAssignee()).isNull();
  }

  @Test
  void completingTheServeTaskWithoutAuthorityIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = releaseDue();
    when(warrants.serve(eq(NUMBER), any())).thenThrow(new RuleViolation("officer", "Only a certified Warrant Service Officer"));

    assertThatThrownBy(() -> serve(instance, false)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Only a certified Warrant Service Officer");
    assertThat(instance).isWaitingAt("userTask_serveWarrant");
  }

  private ProcessInstance lodge() {
    return runtimeService().startProcessInstanceByKey(WarrantVariables.PROCESS_ID, withVariables(
        "agencyOri", "LA0990000", "facilityName", "Demo Parish Correctional Center", "subjectName", "John Roe",
        "subjectBookingNumber", "B-2026-1001", "warrantType", "I-200", "warrantNumber", NUMBER,
        "warrantIssuedOn", LocalDate.now().toString(), "issuingOfficer", "SDDO Smith",
        "scheduledReleaseAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));
  }

  private ProcessInstance releaseDue() {
    ProcessInstance instance = lodge();
    execute(job("timerEvent_scheduledRelease"));
    assertThat(instance).isWaitingAt("userTask_serveWarrant");
    return instance;
  }

  private void serve(ProcessInstance instance, boolean citizenshipClaimed) {
    serve(instance, citizenshipClaimed, Instant.now().minusSeconds(60));
  }

  private void serve(ProcessInstance instance, boolean citizenshipClaimed, Instant servedAt) {
    Task serveTask = task(instance);
    processEngine.getIdentityService().setAuthentication(OFFICER, java.util.List.of("lea-la0990000-wso"));
    try {
      taskService().claim(serveTask.getId(), OFFICER);
      taskService().complete(serveTask.getId(), Map.of("servedAt", servedAt.toString(),
          "interpreterOffered", false, "citizenshipClaimed", citizenshipClaimed));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private static Instant scheduledRelease(ProcessInstance instance) {
    return Instant.parse((String) runtimeService().getVariable(instance.getId(), "scheduledReleaseAt"));
  }

  private static Job job(String activityId) {
    return jobQuery().activityId(activityId).singleResult();
  }
}
