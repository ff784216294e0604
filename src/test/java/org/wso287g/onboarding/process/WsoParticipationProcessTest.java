package org.wso287g.onboarding.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
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
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.domain.DuplicateApplication;
import org.wso287g.onboarding.domain.AgreementNotice;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.OversightReview;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.ReviewDecision;
import org.wso287g.onboarding.domain.ReviewSchedule;
import org.wso287g.process.PartyMessages;
import org.wso287g.program.ProgramParameters;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.VettingService;

/**
 * Every path of {@code wsoParticipation}, with the domain services mocked. The vetting of each
 * candidate is a stub here (its own test covers it); the number of certified officers it leaves is
 * what the mocked vetting service reports.
 */
@Deployment(resources = "processes/wsoParticipation.bpmn")
class WsoParticipationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("model-tests.cfg.xml")
      .excludeProcessDefinitionKeys("wsoCandidateVetting")
      .assertClassCoverageAtLeast(1.0).build();

  static final String NUMBER = "WSO-2026-0001";
  static final String TODAY = LocalDate.now().toString();

  ParticipationService participation = mock(ParticipationService.class);
  VettingService vetting = mock(VettingService.class);
  ProgramIdentity identity = mock(ProgramIdentity.class);
  AgreementNotice notice = mock(AgreementNotice.class);
  ProcessEngine processEngine;

  @BeforeEach
  void setUp() {
    processEngine = engine.getProcessEngine();
    init(processEngine);
    engine.manageDeployment(processEngine.getRepositoryService().createDeployment()
        .addModelInstance("wsoCandidateVetting-stub.bpmn", Bpmn.createExecutableProcess("wsoCandidateVetting")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy());

    Application application = mock(Application.class);
    when(application.getNumber()).thenReturn(NUMBER);
    when(participation.register(any(), anyString())).thenReturn(application);
    Candidate candidate = mock(Candidate.class);
    when(candidate.getId()).thenReturn(7L);
    when(vetting.nominate(eq(NUMBER), anyList(), anyString())).thenReturn(List.of(candidate));
    when(vetting.countCredentialed(NUMBER)).thenReturn(1L);
    when(notice.getId()).thenReturn(5L);
    when(notice.getEffectiveAt()).thenReturn(java.time.Instant.now().plus(java.time.Duration.ofDays(90)));
    when(participation.recordNotice(eq(NUMBER), any(), anyString())).thenReturn(notice);

    Mocks.register("wsoProgram", new ProgramParameters());
    Mocks.register("registerApplicationDelegate", new RegisterApplicationDelegate(participation, identity, new AccessPolicy()));
    Mocks.register("recordReviewDecisionDelegate", new RecordReviewDecisionDelegate(participation));
    Mocks.register("recordMoreInformationDelegate", new RecordMoreInformationDelegate(participation));
    Mocks.register("withdrawApplicationDelegate", new WithdrawApplicationDelegate(participation));
    Mocks.register("recordMoaDraftDelegate", new RecordMoaDraftDelegate(participation));
    Mocks.register("recordLeaSignatureDelegate", new RecordLeaSignatureDelegate(participation));
    Mocks.register("activateMoaDelegate", new ActivateMoaDelegate(participation));
    Mocks.register("registerCandidatesDelegate", new RegisterCandidatesDelegate(vetting));
    Mocks.register("checkVettingResultsDelegate", new CheckVettingResultsDelegate(vetting));
    Mocks.register("startOperationsDelegate", new StartOperationsDelegate(participation));
    Mocks.register("recordOversightReviewDelegate", new RecordOversightReviewDelegate(participation));
    Mocks.register("recordNoticeDelegate", new RecordNoticeDelegate(participation));
    Mocks.register("endAgreementDelegate", new EndAgreementDelegate(participation, identity));
    Mocks.register("recordNoticeWithdrawalDelegate", new RecordNoticeWithdrawalDelegate(participation));
    Mocks.register("suspendAgreementDelegate", new SuspendAgreementDelegate(participation));
    Mocks.register("liftSuspensionDelegate", new LiftSuspensionDelegate(participation));

    when(participation.scheduleReview(NUMBER, OversightReview.Kind.INITIAL)).thenReturn(INITIAL_SCHEDULE);
    when(participation.scheduleReview(NUMBER, OversightReview.Kind.ANNUAL)).thenReturn(ANNUAL_SCHEDULE);
    when(participation.recordOversightReview(eq(NUMBER), any(), any(), any(), any(), anyString()))
        .thenAnswer(call -> recordedReview(call.getArgument(2), call.getArgument(3)));
    when(participation.agreementInForce(NUMBER)).thenReturn(true);
    when(participation.applicationJurisdiction(NUMBER))
        .thenReturn(java.util.Optional.of(new org.wso287g.access.Jurisdiction("NOL", "LA0990000")));
    when(participation.recordCorrectiveActionPlan(eq(NUMBER), anyLong(), any(), any(), anyString()))
        .thenReturn(CORRECTION_DUE_AT);
    when(participation.correctionDueAt(eq(NUMBER), anyLong())).thenReturn(EXTENDED_DUE_AT);
    when(participation.nonComplianceNoticeReason(eq(NUMBER), anyLong()))
        .thenReturn("Findings of the initial review due 2027-03-20 not corrected: still no log");
    var engineServices = processEngine.getProcessEngineConfiguration();
    ParticipationProcess process = new ParticipationProcess(runtimeService(), processEngine.getHistoryService(),
        processEngine.getTaskService(), engineServices, participation, new AccessPolicy(),
        new PartyMessages(runtimeService(), engineServices));
    Mocks.register("scheduleReviewDelegate", new ScheduleReviewDelegate(participation));
    Mocks.register("escalateOverdueReviewDelegate", new EscalateOverdueReviewDelegate());
    Mocks.register("recordCorrectiveActionPlanDelegate", new RecordCorrectiveActionPlanDelegate(participation));
    Mocks.register("recordCorrectionVerificationDelegate", new RecordCorrectionVerificationDelegate(participation));
    Mocks.register("recordNonComplianceDecisionDelegate", new RecordNonComplianceDecisionDelegate(participation));
    Mocks.register("giveNoticeOfNonComplianceDelegate", new GiveNoticeOfNonComplianceDelegate(process, participation));
  }

  // The schedule the (mocked) record gives: the initial review due on 20 March 2027, the next one year on.
  static final ReviewSchedule INITIAL_SCHEDULE = new ReviewSchedule(LocalDate.of(2027, 3, 20),
      Instant.parse("2027-02-18T06:00:00Z"), Instant.parse("2027-03-21T04:59:59Z"));
  static final ReviewSchedule ANNUAL_SCHEDULE = new ReviewSchedule(LocalDate.of(2028, 3, 20),
      Instant.parse("2028-02-19T06:00:00Z"), Instant.parse("2028-03-21T04:59:59Z"));
  static final Instant CORRECTION_DUE_AT = Instant.parse("2027-06-01T05:00:00Z");
  static final Instant EXTENDED_DUE_AT = Instant.parse("2027-09-01T05:00:00Z");

  private long reviews;

  /** The review the mocked record keeps: numbered from 1 in the order recorded. */
  private OversightReview recordedReview(Boolean compliant, String findings) {
    OversightReview review = mock(OversightReview.class);
    when(review.getId()).thenReturn(++reviews);
    when(review.isCompliant()).thenReturn(compliant);
    when(review.getFindings()).thenReturn(findings);
    return review;
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    processEngine.getIdentityService().clearAuthentication();
  }

  @Test
  void duplicateApplicationEndsWithoutReview() {
    when(participation.register(any(), anyString())).thenThrow(new DuplicateApplication("LA0990000", "already has an open application"));
    ProcessInstance instance = start();

    assertThat(instance).isEnded().hasPassed("endEvent_duplicateRejected").hasNotPassed("userTask_reviewRequest");
    verify(identity, never()).ensureAgencyGroups(anyString(), anyString());
  }

  @Test
  void letterWithABadFieldIsRefusedAndNothingStarts() {
    when(participation.register(any(), anyString())).thenThrow(new RuleViolation("agencyOri", "The ORI must be 9 characters."));

    assertThatThrownBy(this::start).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ORI must be 9");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void registeredLetterWaitsForReviewByHeadquartersAndTheFieldOffice() {
    ProcessInstance instance = start();

    assertThat(instance).hasBusinessKey(NUMBER).isWaitingAt("userTask_reviewRequest");
    assertThat(task(instance)).hasCandidateGroup("hq-287g").hasCandidateGroup("fo-nol-director")
        .hasName("Review request — Demo Parish Sheriff's Office (" + NUMBER + ")");
    verify(identity).ensureAgencyGroups("LA0990000", "Demo Parish Sheriff's Office");
  }

  @Test
  void declinedRequestEndsWithoutMoa() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables("reviewDecision", "DECLINED", "reviewComment", "No jail of its own"));

    assertThat(instance).isEnded().hasPassed("endEvent_declined").hasNotPassed("userTask_prepareMoa");
    verify(participation).recordReview(NUMBER, ReviewDecision.DECLINED, "No jail of its own", "system");
  }

  @Test
  void answeredRequestForMoreInformationGoesBackToReview() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables("reviewDecision", "MORE_INFO", "reviewComment", "How many beds?"));

    assertThat(instance).isWaitingAt("userTask_provideMoreInformation");
    assertThat(task(instance)).hasCandidateGroup("lea-la0990000-command");
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isNotNull();
    complete(task(instance), withVariables("moreInformationResponse", "420 beds"));

    assertThat(instance).isWaitingAt("userTask_reviewRequest").variables()
        .containsEntry("moreInformationQuestion", "How many beds?")
        .doesNotContainKeys("reviewDecision", "reviewComment");
    verify(participation).recordMoreInformation(NUMBER, "420 beds");
  }

  @Test
  void unansweredRequestForMoreInformationIsWithdrawnAfterThirtyDays() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables("reviewDecision", "MORE_INFO", "reviewComment", "How many beds?"));

    execute(job("boundaryEvent_noAnswer"));

    assertThat(instance).isEnded().hasPassed("serviceTask_withdrawApplication", "endEvent_withdrawn");
    verify(participation).withdraw(NUMBER);
  }

  @Test
  void signatureRefusedByTheRulesLeavesTheSigningTaskOpen() {
    ProcessInstance instance = approveAndPrepare();
    doThrow(new RuleViolation("leaSignedOn", "A signature cannot be dated in the future.")).when(participation)
        .recordAgencySignature(eq(NUMBER), any(), any(), any(), any());

    assertThatThrownBy(() -> complete(task(instance), agencySignature())).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("dated in the future");
    assertThat(instance).isWaitingAt("userTask_signMoaLea");
  }

  @Test
  void approvedAgencyWithACertifiedOfficerBecomesOperationalAndIsReviewedEveryYearUntilTerminated() {
    ProcessInstance instance = approveAndPrepare();
    assertThat(task(instance)).hasCandidateGroup("lea-la0990000-command");
    complete(task(instance), agencySignature());
    assertThat(instance).isWaitingAt("userTask_signMoaIce");
    assertThat(task(instance)).hasCandidateGroup("ice-signatory");
    complete(task(instance), withVariables("iceSignatoryName", "ICE designee", "iceSignedOn", TODAY));

    nominate(instance);
    assertThat(instance).hasPassed("callActivity_vetCandidate", "serviceTask_startOperations")
        .isWaitingAt("timerEvent_initialReviewDue");
    verify(participation).startOperations(NUMBER);

    execute(job("timerEvent_initialReviewDue"));
    assertThat(task(instance)).hasDefinitionKey("userTask_initialReview").hasCandidateGroup("fo-nol-director");
    complete(task(instance), withVariables("compliant", true, "findings", "None"));
    verify(participation).recordOversightReview(NUMBER, OversightReview.Kind.INITIAL, true, "None",
        INITIAL_SCHEDULE.dueOn(), "system");

    execute(job("timerEvent_annualReviewDue"));
    assertThat(task(instance)).hasDefinitionKey("userTask_annualComplianceReview");
    complete(task(instance), withVariables("compliant", false, "findings", "Interpreter not offered once"));
    verify(participation).recordOversightReview(NUMBER, OversightReview.Kind.ANNUAL, false,
        "Interpreter not offered once", ANNUAL_SCHEDULE.dueOn(), "system");
    assertThat(instance).isWaitingAt("timerEvent_annualReviewDue", "userTask_submitCorrectiveActionPlan").variables()
        .doesNotContainKeys("compliant", "findings", "candidates");

    notice(false);
    assertThat(instance).isWaitingAt("eventGateway_noticePending");
    execute(job("timerEvent_noticePeriodElapsed"));
    execute(job("serviceTask_endAgreement"));

    assertThat(instance).isEnded().hasPassed("endEvent_agreementEnded");
    verify(participation).recordNotice(NUMBER, new Notice("ICE", "TERMINATION", "Not renewed", false, null, null), "system");
    verify(participation).endAgreement(NUMBER);
    verify(identity).removeAllOfficers("LA0990000");
  }

  @Test
  void exigentNoticeBeforeOperationsStartEndsTheAgreementAtOnceAndStopsTheNomination() {
    ProcessInstance instance = approveAndPrepare();
    complete(task(instance), agencySignature());
    complete(task(instance), withVariables("iceSignatoryName", "ICE designee", "iceSignedOn", TODAY));
    assertThat(instance).isWaitingAt("userTask_nominateCandidates");

    notice("TERMINATION", true);
    execute(job("serviceTask_endAgreement"));

    assertThat(instance).isEnded().hasPassed("endEvent_agreementEnded")
        .hasNotPassed("timerEvent_noticePeriodElapsed", "serviceTask_startOperations");
  }

  @Test
  void anExigentNoticeDuringARunningNoticePeriodEndsTheAgreementAtOnce() {
    ProcessInstance instance = operational();
    notice("TERMINATION", false);
    assertThat(instance).isWaitingAt("eventGateway_noticePending", "timerEvent_initialReviewDue");

    notice("TERMINATION", true);
    execute(job("serviceTask_endAgreement"));

    assertThat(instance).isEnded().hasPassed("endEvent_agreementEnded").hasNotPassed("endEvent_noticeWithdrawn");
    verify(participation).endAgreement(NUMBER);
  }

  @Test
  void aWithdrawnNoticeLeavesTheAgreementInForce() {
    ProcessInstance instance = operational();
    notice("TERMINATION", false);

    runtimeService().createMessageCorrelation("Message_NoticeWithdrawn").processInstanceBusinessKey(NUMBER)
        .setVariable("noticeFrom", "ICE").setVariable("withdrawalReason", "Settled").correlate();

    assertThat(instance).hasPassed("endEvent_noticeWithdrawn").isWaitingAt("timerEvent_initialReviewDue")
        .hasNotPassed("serviceTask_endAgreement");
    verify(participation).withdrawNotice(NUMBER, 5L, "ICE", "Settled", "system");
  }

  @Test
  void aSuspensionStopsTheAgreementUntilIceLiftsItWhileOversightGoesOn() {
    when(notice.isSuspension()).thenReturn(true);
    ProcessInstance instance = operational();
    notice("SUSPENSION", true);

    assertThat(instance).hasPassed("serviceTask_suspendAgreement")
        .isWaitingAt("messageEvent_suspensionLifted", "timerEvent_initialReviewDue");
    verify(participation).suspend(NUMBER, 5L);

    runtimeService().createMessageCorrelation("Message_SuspensionLifted").processInstanceBusinessKey(NUMBER)
        .setVariable("liftReason", "Corrected").correlate();

    assertThat(instance).hasPassed("endEvent_suspensionLifted").isWaitingAt("timerEvent_initialReviewDue");
    verify(participation).liftSuspension(NUMBER, 5L, "Corrected", "system");
  }

  @Test
  void aSuspendedAgreementThatIsTerminatedEndsAsBefore() {
    when(notice.isSuspension()).thenReturn(true, false);
    ProcessInstance instance = operational();
    notice("SUSPENSION", true);
    notice("TERMINATION", true);
    execute(job("serviceTask_endAgreement"));

    assertThat(instance).isEnded().hasPassed("serviceTask_suspendAgreement", "endEvent_agreementEnded")
        .hasNotPassed("endEvent_suspensionLifted");
  }

  @Test
  void aNoticeTheRulesRefuseChangesNothing() {
    when(participation.recordNotice(eq(NUMBER), any(), anyString()))
        .thenThrow(new RuleViolation("applicationNumber", "No notice before the MOA is in force"));
    ProcessInstance instance = start();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> notice("TERMINATION", false))
        .hasMessageContaining("No notice before the MOA is in force");
    assertThat(instance).isWaitingAt("userTask_reviewRequest").hasNotPassed("serviceTask_recordNotice");
  }

  // ---------------------------------------------------------------- Oversight, complete: schedule and findings

  @Test
  void reviewsKeepTheirScheduledDatesFromTheRecord() {
    ProcessInstance instance = operational();
    verify(participation).scheduleReview(NUMBER, OversightReview.Kind.INITIAL);
    org.assertj.core.api.Assertions.assertThat(job("timerEvent_initialReviewDue").getDuedate())
        .isEqualTo(java.util.Date.from(INITIAL_SCHEDULE.opensAt()));

    execute(job("timerEvent_initialReviewDue"));
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate())
        .isEqualTo(java.util.Date.from(INITIAL_SCHEDULE.dueAt()));
    assertThat(instance).variables().containsEntry("reviewDueOn", "2027-03-20");
    complete(task(instance), withVariables("compliant", true, "findings", "None"));

    // The next review counts from the record (the previous review's due date), not from today.
    verify(participation).scheduleReview(NUMBER, OversightReview.Kind.ANNUAL);
    org.assertj.core.api.Assertions.assertThat(job("timerEvent_annualReviewDue").getDuedate())
        .isEqualTo(java.util.Date.from(ANNUAL_SCHEDULE.opensAt()));
    execute(job("timerEvent_annualReviewDue"));
    assertThat(task(instance)).hasDefinitionKey("userTask_annualComplianceReview");
    org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate())
        .isEqualTo(java.util.Date.from(ANNUAL_SCHEDULE.dueAt()));
    complete(task(instance), withVariables("compliant", true, "findings", "None"));

    verify(participation).recordOversightReview(NUMBER, OversightReview.Kind.ANNUAL, true, "None",
        ANNUAL_SCHEDULE.dueOn(), "system");
    assertThat(instance).hasPassed("endEvent_nothingToCorrect").isWaitingAt("timerEvent_annualReviewDue");
  }

  @Test
  void anOverdueReviewIsOfferedToHeadquartersAndStaysOpen() {
    ProcessInstance instance = operational();
    execute(job("timerEvent_initialReviewDue"));
    org.assertj.core.api.Assertions.assertThat(job("boundaryEvent_initialReviewOverdue").getDuedate())
        .isEqualTo(java.util.Date.from(INITIAL_SCHEDULE.dueAt()));

    execute(job("boundaryEvent_initialReviewOverdue"));

    assertThat(instance).hasPassed("endEvent_initialReviewEscalated").isWaitingAt("userTask_initialReview");
    assertThat(task(instance)).hasCandidateGroup("fo-nol-director").hasCandidateGroup("hq-287g");
    complete(task(instance), withVariables("compliant", true, "findings", "Done late by headquarters"));

    execute(job("timerEvent_annualReviewDue"));
    execute(job("boundaryEvent_annualReviewOverdue"));
    assertThat(instance).hasPassed("endEvent_annualReviewEscalated").isWaitingAt("userTask_annualComplianceReview");
    assertThat(task(instance)).hasCandidateGroup("fo-nol-director").hasCandidateGroup("hq-287g");
  }

  @Test
  void aNonCompliantReviewAsksForAPlanAndIsVerifiedCorrectedWhileTheYearlyReviewsGoOn() {
    ProcessInstance instance = nonCompliantInitialReview();

    assertThat(instance).isWaitingAt("userTask_submitCorrectiveActionPlan", "timerEvent_annualReviewDue");
    assertThat(task("userTask_submitCorrectiveActionPlan", instance)).hasCandidateGroup("lea-la0990000-command")
        .hasName("Submit corrective action plan — Demo Parish Sheriff's Office (" + NUMBER + ")");
    org.assertj.core.api.Assertions.assertThat(task("userTask_submitCorrectiveActionPlan", instance).getDueDate())
        .isNotNull();
    complete(task("userTask_submitCorrectiveActionPlan", instance),
        withVariables("correctiveActions", "Log every detainer", "correctionDueOn", "2027-06-01"));
    verify(participation).recordCorrectiveActionPlan(NUMBER, 1L, "Log every detainer", LocalDate.of(2027, 6, 1),
        "system");
    org.assertj.core.api.Assertions.assertThat(job("timerEvent_correctionDue").getDuedate())
        .isEqualTo(java.util.Date.from(CORRECTION_DUE_AT));

    execute(job("timerEvent_correctionDue"));
    assertThat(task("userTask_verifyCorrection", instance)).hasCandidateGroup("fo-nol-director")
        .hasName("Verify correction — Demo Parish Sheriff's Office (" + NUMBER + ")");
    complete(task("userTask_verifyCorrection", instance), withVariables("corrected", true, "findings", "Log kept"));

    verify(participation).recordCorrectionVerification(NUMBER, 1L, true, "Log kept", "system");
    assertThat(instance).hasPassed("endEvent_findingCorrected", "endEvent_findingsDealtWith")
        .hasNotPassed("userTask_decideOnNonCompliance").isWaitingAt("timerEvent_annualReviewDue");
    // The next review comes on its date, blank.
    execute(job("timerEvent_annualReviewDue"));
    assertThat(instance).isWaitingAt("userTask_annualComplianceReview").variables()
        .doesNotContainKeys("compliant", "findings", "correctiveActions", "corrected");
  }

  @Test
  void findingsNotCorrectedAreExtendedByHeadquartersAndVerifiedAgainOnTheNewDate() {
    ProcessInstance instance = notCorrected();

    assertThat(task("userTask_decideOnNonCompliance", instance)).hasCandidateGroup("hq-287g")
        .hasName("Decide on non-compliance — Demo Parish Sheriff's Office (" + NUMBER + ")");
    complete(task("userTask_decideOnNonCompliance", instance),
        withVariables("nonComplianceDecision", "EXTEND", "correctionDueOn", "2027-09-01"));

    verify(participation).recordNonComplianceDecision(NUMBER, 1L, OversightReview.NonComplianceDecision.EXTEND,
        LocalDate.of(2027, 9, 1), "system");
    assertThat(instance).isWaitingAt("timerEvent_correctionDue");
    org.assertj.core.api.Assertions.assertThat(job("timerEvent_correctionDue").getDuedate())
        .isEqualTo(java.util.Date.from(EXTENDED_DUE_AT));
    execute(job("timerEvent_correctionDue"));
    org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService()
        .getVariables(task("userTask_verifyCorrection", instance).getId()))
        .containsEntry("corrected", null).containsEntry("findings", null);
    complete(task("userTask_verifyCorrection", instance), withVariables("corrected", true, "findings", "Now kept"));

    assertThat(instance).hasPassed("endEvent_findingCorrected").hasNotPassed("serviceTask_giveNoticeOfTermination")
        .isWaitingAt("timerEvent_annualReviewDue");
  }

  @Test
  void findingsNotCorrectedLeadToIcesNoticeOfTerminationThroughTheNoticeSubprocess() {
    ProcessInstance instance = notCorrected();
    processEngine.getIdentityService().setAuthentication("hq.analyst", List.of("hq-287g"));

    complete(task("userTask_decideOnNonCompliance", instance), withVariables("nonComplianceDecision", "GIVE_NOTICE"));

    verify(participation).recordNonComplianceDecision(NUMBER, 1L,
        OversightReview.NonComplianceDecision.GIVE_NOTICE, null, "hq.analyst");
    verify(participation).recordNotice(NUMBER, new Notice("ICE", "TERMINATION",
        "Findings of the initial review due 2027-03-20 not corrected: still no log", false, null, null), "hq.analyst");
    assertThat(instance).hasPassed("serviceTask_giveNoticeOfTermination", "endEvent_noticeOfTerminationGiven",
        "serviceTask_recordNotice").isWaitingAt("eventGateway_noticePending", "timerEvent_annualReviewDue");
    processEngine.getIdentityService().clearAuthentication();

    execute(job("timerEvent_noticePeriodElapsed"));
    execute(job("serviceTask_endAgreement"));
    assertThat(instance).isEnded().hasPassed("endEvent_agreementEnded");
  }

  @Test
  void aNoticeTheRulesRefuseRefusesTheDecisionAndNothingChanges() {
    ProcessInstance instance = notCorrected();
    when(participation.recordNotice(eq(NUMBER), any(), anyString()))
        .thenThrow(new RuleViolation("exigent", "A notice period is already running on " + NUMBER + "."));

    assertThatThrownBy(() -> complete(task("userTask_decideOnNonCompliance", instance),
        withVariables("nonComplianceDecision", "GIVE_NOTICE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("ICE's notice of termination cannot be given now")
        .hasMessageContaining("already running");

    assertThat(instance).isWaitingAt("userTask_decideOnNonCompliance", "timerEvent_annualReviewDue")
        .hasNotPassed("endEvent_noticeOfTerminationGiven", "serviceTask_recordNotice");
  }

  @Test
  void oversightEndsWhenTheAgreementIsNoLongerInForce() {
    when(participation.agreementInForce(NUMBER)).thenReturn(false);
    ProcessInstance instance = operational();
    execute(job("timerEvent_initialReviewDue"));

    complete(task(instance), withVariables("compliant", true, "findings", "None"));

    assertThat(instance).isEnded()
        .hasPassed("endEvent_agreementNoLongerInForce", "endEvent_nothingToCorrect", "endEvent_oversightEnded")
        .hasNotPassed("serviceTask_scheduleAnnualReview");
  }

  private ProcessInstance nonCompliantInitialReview() {
    ProcessInstance instance = operational();
    execute(job("timerEvent_initialReviewDue"));
    complete(task(instance), withVariables("compliant", false, "findings", "No detainer log"));
    return instance;
  }

  private ProcessInstance notCorrected() {
    ProcessInstance instance = nonCompliantInitialReview();
    complete(task("userTask_submitCorrectiveActionPlan", instance),
        withVariables("correctiveActions", "Log every detainer", "correctionDueOn", "2027-06-01"));
    execute(job("timerEvent_correctionDue"));
    complete(task("userTask_verifyCorrection", instance), withVariables("corrected", false, "findings", "Still no log"));
    verify(participation).recordCorrectionVerification(NUMBER, 1L, false, "Still no log", "system");
    assertThat(instance).isWaitingAt("userTask_decideOnNonCompliance", "timerEvent_annualReviewDue");
    return instance;
  }

  private ProcessInstance operational() {
    ProcessInstance instance = approveAndPrepare();
    complete(task(instance), agencySignature());
    complete(task(instance), withVariables("iceSignatoryName", "ICE designee", "iceSignedOn", TODAY));
    nominate(instance);
    assertThat(instance).isWaitingAt("timerEvent_initialReviewDue");
    return instance;
  }

  @Test
  void anAgreementAlreadyInForceGoesStraightToTheNominationAndOnAsForAnyAgency() {
    Application application = agreementInForce();
    ProcessInstance instance = startWithAgreement(17L);

    assertThat(instance).hasBusinessKey(NUMBER).hasPassed("gateway_agreementInForce")
        .hasNotPassed("userTask_reviewRequest", "userTask_prepareMoa", "serviceTask_activateMoa")
        .isWaitingAt("userTask_nominateCandidates").variables()
        .containsEntry("agencyName", "Demo Parish Sheriff's Office").containsEntry("agencyOri", "LA0990000")
        .containsEntry("existingAgreementId", 17L);
    assertThat(task(instance)).hasName("Nominate WSO candidates — Demo Parish Sheriff's Office (" + NUMBER + ")");
    verify(participation).enterAgreementInForce(eq(17L), any(), anyString());
    verify(participation, never()).register(any(), anyString());
    verify(identity).ensureAgencyGroups("LA0990000", application.getAgency().getName());

    nominate(instance);
    assertThat(instance).hasPassed("serviceTask_startOperations").isWaitingAt("timerEvent_initialReviewDue");
    verify(participation).startOperations(NUMBER);
  }

  @Test
  void onlyHeadquartersEntersAnAgreementAlreadyInForce() {
    agreementInForce();
    when(participation.jurisdictionOf(any())).thenReturn(new Jurisdiction("NOL", "LA0990000"));
    processEngine.getIdentityService().setAuthentication("nol.director", List.of("fo-nol-director"));
    try {
      assertThatThrownBy(() -> startWithAgreement(17L)).isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("nol.director may not enter an agreement already in force").hasMessageContaining("hq-287g");
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
    verify(participation, never()).enterAgreementInForce(any(), any(), anyString());
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void anAgreementTheRulesRefuseStartsNothing() {
    when(participation.enterAgreementInForce(any(), any(), anyString()))
        .thenThrow(new RuleViolation("existingAgreementId", "Agreement 17 is a JEM agreement, not a WSO agreement."));

    assertThatThrownBy(() -> startWithAgreement(17L)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("not a WSO agreement");
    assertThatThrownBy(() -> startWithAgreement(0L)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("whole number from 1");
    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void whenEveryCandidateFailsTheCommandStaffIsAskedToNominateAgain() {
    when(vetting.countCredentialed(NUMBER)).thenReturn(0L, 1L);
    ProcessInstance instance = approveAndPrepare();
    complete(task(instance), agencySignature());
    complete(task(instance), withVariables("iceSignatoryName", "ICE designee", "iceSignedOn", TODAY));

    nominate(instance);
    assertThat(instance).isWaitingAt("userTask_nominateCandidates").hasNotPassed("serviceTask_startOperations");
    nominate(instance);

    assertThat(instance).hasPassed("serviceTask_startOperations").isWaitingAt("timerEvent_initialReviewDue");
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ParticipationVariables.PROCESS_ID, withVariables(
        "agencyName", "Demo Parish Sheriff's Office", "agencyOri", "la0990000", "agencyState", "LA",
        "agencyCounty", "Demo Parish", "jailFacilityName", "Demo Parish Correctional Center",
        "fieldOfficeCode", "nol", "requestedOfficerCount", 4L, "letterDate", TODAY,
        "contactName", "Chief Deputy", "contactEmail", "chief@demo-parish.invalid"));
  }

  /** The registration links the imported agreement: the application and its agency, as the record has them. */
  private Application agreementInForce() {
    Agency agency = mock(Agency.class);
    when(agency.getOri()).thenReturn("LA0990000");
    when(agency.getName()).thenReturn("Demo Parish Sheriff's Office");
    when(agency.getState()).thenReturn("LA");
    when(agency.getCounty()).thenReturn("Demo Parish");
    when(agency.getFieldOfficeCode()).thenReturn("NOL");
    Application application = mock(Application.class);
    when(application.getNumber()).thenReturn(NUMBER);
    when(application.getAgency()).thenReturn(agency);
    when(participation.enterAgreementInForce(any(), any(), anyString())).thenReturn(application);
    return application;
  }

  /** Headquarters enters an agreement from ICE's list: no name, state or county, the record has them. */
  private ProcessInstance startWithAgreement(long agreementId) {
    return runtimeService().startProcessInstanceByKey(ParticipationVariables.PROCESS_ID, withVariables(
        "existingAgreementId", agreementId, "agencyOri", "la0990000", "agencyCounty", "Demo Parish",
        "jailFacilityName", "Demo Parish Correctional Center", "fieldOfficeCode", "nol",
        "requestedOfficerCount", 4L, "letterDate", TODAY, "contactName", "Chief Deputy",
        "contactEmail", "chief@demo-parish.invalid"));
  }

  private ProcessInstance approveAndPrepare() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables("reviewDecision", "APPROVED"));
    assertThat(instance).isWaitingAt("userTask_prepareMoa");
    assertThat(task(instance)).hasCandidateGroup("hq-287g");
    complete(task(instance), withVariables("moaTemplateRevision", "Revised 02/15/2025", "fodContactName", "DFOD",
        "fodContactEmail", "dfod@ice.invalid"));
    assertThat(instance).isWaitingAt("userTask_signMoaLea");
    return instance;
  }

  private static Map<String, Object> agencySignature() {
    return withVariables("leaSignatoryName", "Demo Sheriff", "leaSignatoryTitle", "Sheriff", "leaSignedOn", TODAY);
  }

  private void nominate(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("userTask_nominateCandidates");
    assertThat(task(instance)).hasCandidateGroup("lea-la0990000-command");
    complete(task(instance), Variables.createVariables().putValueTyped("candidates", SpinValues.jsonValue(
        "[{\"fullName\":\"Dana Officer\",\"badgeNumber\":\"D-101\",\"email\":\"dana@x.invalid\",\"usCitizen\":true}]")
        .create()));
    // Each finished vetting continues asynchronously after the call activity.
    jobQuery().processInstanceId(instance.getId()).messages().list().forEach(job -> execute(job));
  }

  private void notice(boolean exigent) {
    notice("TERMINATION", exigent);
  }

  private void notice(String kind, boolean exigent) {
    runtimeService().createMessageCorrelation("Message_TerminationNotice").processInstanceBusinessKey(NUMBER)
        .setVariable("noticeFrom", "ICE").setVariable("noticeKind", kind)
        .setVariable("noticeReason", "Not renewed").setVariable("exigent", exigent).correlate();
  }

  private static Job job(String activityId) {
    return jobQuery().activityId(activityId).singleResult();
  }
}
