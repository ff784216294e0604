package org.wso287g.onboarding.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.identity.ProgramGroups;

/**
 * A review not done by its due date escalates to headquarters: the open review task is offered to
 * hq-287g too (it stays with the Field Office Director), so it shows in headquarters' Tasklist.
 */
@Component
class EscalateOverdueReviewDelegate implements JavaDelegate {

  static final String INITIAL_ESCALATION_STEP = "serviceTask_escalateInitialReview";
  static final String INITIAL_REVIEW_TASK = "userTask_initialReview";
  static final String ANNUAL_REVIEW_TASK = "userTask_annualComplianceReview";

  @Override
  public void execute(DelegateExecution execution) {
    String overdue = INITIAL_ESCALATION_STEP.equals(execution.getCurrentActivityId())
        ? INITIAL_REVIEW_TASK
        : ANNUAL_REVIEW_TASK;
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(overdue).list()
        .forEach(review -> tasks.addCandidateGroup(review.getId(), ProgramGroups.HQ));
  }
}
