package org.wso287g.complaint.process;

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
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.RuleViolation;
import org.wso287g.complaint.domain.Allegation;
import org.wso287g.complaint.domain.Complaint;
import org.wso287g.complaint.domain.ComplaintDeadline;
import org.wso287g.complaint.domain.ComplaintService;
import org.wso287g.complaint.domain.InterimAction;
import org.wso287g.complaint.domain.OfficerAction;
import org.wso287g.complaint.domain.ReceivedComplaint;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.warrant.process.OfficerStandDown;

/**
 * Process 4 {@code wsoComplaint} with the domain services mocked: every path, the 48-hour notice due
 * across a weekend, a late record, the interim suspension, reinstatement, withdrawal and the escalation
 * of an overdue outcome to headquarters.
 */
@Deployment(resources = "processes/wsoComplaint.bpmn")
class WsoComplaintProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .assertClassCoverageAtLeast(1.0).build();

  static final String NUMBER = "CMP-2026-0001";
  static final String CREDENTIAL = "WSO-LA0990000-0001";
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  /** Friday 20 March 2026, 18:30 in New Orleans' field office zone. */
  static final String FRIDAY_EVENING = "2026-03-20T18:30:00-05:00";
  static final Instant RECEIVED = Instant.parse("2026-03-20T23:30:00Z");

  ComplaintService complaints = mock(ComplaintService.class);
  FieldOfficeCalendar calendar = mock(FieldOfficeCalendar.class);
  OfficerStandDown standDown = mock(OfficerStandDown.class);
  Complaint complaint = mock(Complaint.class);
  Credential credential = mock(Credential.class);

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    AccessPolicy policy = new AccessPolicy();
    Mocks.register("wsoProgram", new ProgramParameters());
    Mocks.register("registerComplaintDelegate", new RegisterComplaintDelegate(complaints, calendar, policy));
    Mocks.register("recordReferralDelegate", new RecordReferralDelegate(complaints, policy));
    Mocks.register("suspendOfficerDelegate", new SuspendOfficerDelegate(complaints, standDown));
    Mocks.register("recordInvestigationOutcomeDelegate", new RecordInvestigationOutcomeDelegate(complaints, policy));
    Mocks.register("reinstateOfficerDelegate", new ReinstateOfficerDelegate(complaints, standDown));
    Mocks.register("withdrawOfficerOnComplaintDelegate", new WithdrawOfficerOnComplaintDelegate(complaints, standDown));
    Mocks.register("escalateComplaintOutcomeDelegate", new EscalateComplaintOutcomeDelegate(complaints));
    Mocks.register("recordPartiesNotifiedDelegate", new RecordPartiesNotifiedDelegate(complaints, policy));

    Agency agency = mock(Agency.class);
    when(agency.getOri()).thenReturn("LA0990000");
    when(agency.getName()).thenReturn("Demo Parish Sheriff's Office");
    when(agency.getFieldOfficeCode()).thenReturn("NOL");
    when(agency.getState()).thenReturn("LA");
    when(calendar.zone("NOL", "LA")).thenReturn(CHICAGO);
    when(complaint.getNumber()).thenReturn(NUMBER);
    when(complaint.getAgency()).thenReturn(agency);
    when(complaint.getReceivedAt()).thenReturn(RECEIVED);
    when(complaint.getNoticeDueAt()).thenReturn(ComplaintDeadline.noticeDueAt(RECEIVED, CHICAGO));
    when(complaint.getAllegation()).thenReturn(Allegation.USE_OF_FORCE);
    when(complaints.record(any(), anyString())).thenReturn(complaint);
    when(complaints.refer(eq(NUMBER), any(), any(), any(), anyString())).thenReturn(complaint);
    when(complaints.recordOutcome(eq(NUMBER), any(), any(), any(), anyString())).thenReturn(complaint);
    when(complaints.complaintJurisdiction(NUMBER)).thenReturn(Optional.of(new Jurisdiction("NOL", "LA0990000")));
    when(complaints.agencyJurisdiction("LA0990000")).thenReturn(Optional.of(new Jurisdiction("NOL", "LA0990000")));

    Candidate officer = mock(Candidate.class);
    when(officer.getUserId()).thenReturn("dana.officer");
    when(credential.getNumber()).thenReturn(CREDENTIAL);
    when(credential.getCandidate()).thenReturn(officer);
    when(credential.getEndReason()).thenReturn("Complaint " + NUMBER + " SUSTAINED: Excessive force (withdrawn by nol.director)");
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    engine.getProcessEngine().getIdentityService().clearAuthentication();
  }

  // ---------------------------------------------------------------- step 1

  @Test
  void aComplaintReceivedFridayEveningIsDueToIceTuesdayEveningAndGoesToTheFieldOfficesEro() {
    ProcessInstance instance = start(FRIDAY_EVENING);

    assertThat(instance).isWaitingAt("userTask_referComplaint").hasBusinessKey(NUMBER)
        .variables().containsEntry("complaintNumber", NUMBER).containsEntry("fieldOfficeCode", "NOL")
        .containsEntry("agencyName", "Demo Parish Sheriff's Office").containsEntry("recordedLate", false)
        .containsEntry("complaintReceivedAt", "2026-03-20T18:30-05:00")
        // 48 hours with the weekend skipped: 5.5 hours of Friday, Monday, and 18.5 hours of Tuesday.
        .containsEntry("complaintNoticeDueAt", "2026-03-24T18:30-05:00");
    Task refer = task(instance);
    org.assertj.core.api.Assertions.assertThat(refer.getName()).isEqualTo("Refer complaint — Demo Parish Sheriff's Office (CMP-2026-0001)");
    org.assertj.core.api.Assertions.assertThat(refer.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-03-24T23:30:00Z"));
    assertThat(refer).hasCandidateGroup("fo-nol-ero");
    ArgumentCaptor<ReceivedComplaint> received = ArgumentCaptor.forClass(ReceivedComplaint.class);
    verify(complaints).record(received.capture(), anyString());
    org.assertj.core.api.Assertions.assertThat(received.getValue()).isEqualTo(new ReceivedComplaint("LA0990000", RECEIVED,
        "DETAINEE", CREDENTIAL, "USE_OF_FORCE", "Force used during the service of the warrant"));
  }

  @Test
  void aComplaintRecordedTheWednesdayAfterIsAcceptedMarkedLateAndItsReferralIsAlreadyOverdue() {
    when(complaint.isRecordedLate()).thenReturn(true);

    ProcessInstance instance = start(FRIDAY_EVENING);

    assertThat(instance).isWaitingAt("userTask_referComplaint").variables().containsEntry("recordedLate", true);
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate().toInstant())
        .isEqualTo(Instant.parse("2026-03-24T23:30:00Z"));
  }

  @Test
  void aRefusedComplaintStartsNothingAndNamesTheField() {
    when(complaints.record(any(), anyString())).thenThrow(new RuleViolation("credentialNumber",
        "The credential WSO-MS0450000-0001 is of Other County Sheriff's Office, not of Demo Parish Sheriff's Office."));

    assertThatThrownBy(() -> start(FRIDAY_EVENING)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("not of Demo Parish Sheriff's Office");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void aReceiptWithoutItsOffsetIsRefusedBeforeAnythingIsRecorded() {
    assertThatThrownBy(() -> start("2026-03-20T18:30:00")).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("offset from UTC");
    verify(complaints, never()).record(any(), anyString());
  }

  @Test
  void commandStaffOfAnotherAgencyMayNotRecordAComplaintAboutThisOne() {
    engine.getProcessEngine().getIdentityService().setAuthentication("other.sheriff", List.of("lea-ms0450000-command"));

    assertThatThrownBy(() -> start(FRIDAY_EVENING)).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("other.sheriff may not record a complaint about the agency LA0990000");
    verify(complaints, never()).record(any(), anyString());
  }

  // ---------------------------------------------------------------- steps 2 to 4

  @Test
  void aComplaintWithoutInterimActionOrOfficerActionIsResolvedOnceThePartiesAreTold() {
    ProcessInstance instance = start(FRIDAY_EVENING);
    refer(instance, InterimAction.NONE);

    assertThat(instance).isWaitingAt("userTask_recordInvestigationOutcome");
    Task outcome = task(instance);
    assertThat(outcome).hasCandidateGroup("fo-nol-director");
    org.assertj.core.api.Assertions.assertThat(outcome.getName())
        .isEqualTo("Record investigation outcome — Demo Parish Sheriff's Office (CMP-2026-0001)");
    org.assertj.core.api.Assertions.assertThat(outcome.getDueDate().toInstant()).isEqualTo(RECEIVED.plus(Duration.ofDays(90)));
    decide(instance, OfficerAction.NONE, "UNFOUNDED");

    assertThat(instance).isWaitingAt("userTask_notifyComplaintParties");
    assertThat(task(instance)).hasCandidateGroup("fo-nol-director");
    complete(instance, Map.of("partiesNotifiedOn", "2026-04-20"));

    assertThat(instance).isEnded().hasPassed("serviceTask_recordPartiesNotified", "endEvent_complaintResolved")
        .hasNotPassed("serviceTask_suspendOfficer", "serviceTask_reinstateOfficer", "serviceTask_withdrawOfficerAuthority");
    verify(complaints).refer(NUMBER, "OPR-2026-0042", LocalDate.of(2026, 3, 23), "NONE", "system");
    verify(complaints).recordOutcome(NUMBER, "UNFOUNDED", "No evidence of force.", "NONE", "system");
    verify(complaints).recordPartiesNotified(NUMBER, LocalDate.of(2026, 4, 20), "system");
    verify(standDown, never()).standDown(any(), anyString());
  }

  @Test
  void anInterimSuspensionStandsTheOfficerDownAtOnceAndTheOutcomeReinstatesThem() {
    when(complaints.suspendOfficer(eq(NUMBER), anyString())).thenReturn(credential);
    when(complaints.reinstateOfficer(NUMBER)).thenReturn(credential);
    ProcessInstance instance = start(FRIDAY_EVENING);

    refer(instance, InterimAction.SUSPEND_OFFICER);

    assertThat(instance).hasPassed("serviceTask_suspendOfficer").isWaitingAt("userTask_recordInvestigationOutcome");
    verify(standDown).standDown(eq(credential), contains("dana.officer was suspended by system pending complaint " + NUMBER));

    decide(instance, OfficerAction.REINSTATE, "EXONERATED");

    assertThat(instance).hasPassed("serviceTask_reinstateOfficer").isWaitingAt("userTask_notifyComplaintParties");
    verify(standDown).reinstate(credential);
  }

  @Test
  void aRefusedSuspensionLeavesTheReferralOpenWithTheReason() {
    when(complaints.refer(eq(NUMBER), any(), any(), eq("SUSPEND_OFFICER"), anyString())).thenThrow(new RuleViolation(
        "interimAction", "No officer's credential number was given with complaint " + NUMBER + ": there is no officer to suspend."));
    ProcessInstance instance = start(FRIDAY_EVENING);

    assertThatThrownBy(() -> refer(instance, InterimAction.SUSPEND_OFFICER))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("no officer to suspend");
    assertThat(instance).isWaitingAt("userTask_referComplaint");
    verify(standDown, never()).standDown(any(), anyString());
  }

  @Test
  void aSustainedComplaintMayWithdrawTheOfficersAuthorityAsAWithdrawalDoes() {
    when(complaints.withdrawOfficer(eq(NUMBER), anyString())).thenReturn(credential);
    ProcessInstance instance = start(FRIDAY_EVENING);
    refer(instance, InterimAction.NONE);

    decide(instance, OfficerAction.WITHDRAW_AUTHORITY, "SUSTAINED");

    assertThat(instance).hasPassed("serviceTask_withdrawOfficerAuthority").isWaitingAt("userTask_notifyComplaintParties");
    verify(standDown).standDown(eq(credential), contains("the authority of dana.officer was withdrawn by system"));
  }

  @Test
  void anOutcomeNotRecordedWithinNinetyDaysOfReceiptIsOfferedToHeadquartersAndStaysOpen() {
    ProcessInstance instance = start(FRIDAY_EVENING);
    refer(instance, InterimAction.NONE);
    var timer = jobQuery().activityId("boundaryEvent_outcomeOverdue").singleResult();
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate().toInstant()).isEqualTo(RECEIVED.plus(Duration.ofDays(90)));

    execute(timer);

    assertThat(instance).hasPassed("serviceTask_escalateOutcome", "endEvent_outcomeEscalated")
        .isWaitingAt("userTask_recordInvestigationOutcome");
    Task outcome = task(instance);
    org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(outcome.getId()))
        .extracting(IdentityLink::getGroupId).contains("fo-nol-director", "hq-287g");
    org.assertj.core.api.Assertions.assertThat(taskService().getTaskComments(outcome.getId()))
        .anySatisfy(c -> org.assertj.core.api.Assertions.assertThat(c.getFullMessage()).contains("escalated to hq-287g"));
    verify(complaints).escalate(NUMBER);

    decide(instance, OfficerAction.NONE, "NOT_SUSTAINED");
    complete(instance, Map.of("partiesNotifiedOn", "2026-06-25"));
    assertThat(instance).isEnded().hasPassed("endEvent_complaintResolved");
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance start(String receivedAt) {
    return runtimeService().startProcessInstanceByKey("wsoComplaint", withVariables("agencyOri", "LA0990000",
        "complaintReceivedAt", receivedAt, "complaintSource", "DETAINEE", "credentialNumber", CREDENTIAL,
        "allegation", "USE_OF_FORCE", "allegationSummary", "Force used during the service of the warrant"));
  }

  private void refer(ProcessInstance instance, InterimAction action) {
    when(complaint.getInterimAction()).thenReturn(action);
    complete(instance, Map.of("oprReference", "OPR-2026-0042", "oprNotifiedOn", "2026-03-23", "interimAction", action.name()));
  }

  private void decide(ProcessInstance instance, OfficerAction action, String outcome) {
    when(complaint.getOfficerAction()).thenReturn(action);
    complete(instance, Map.of("investigationOutcome", outcome, "outcomeSummary", "No evidence of force.",
        "officerAction", action.name()));
  }

  private static void complete(ProcessInstance instance, Map<String, Object> variables) {
    taskService().complete(task(instance).getId(), variables);
  }
}
