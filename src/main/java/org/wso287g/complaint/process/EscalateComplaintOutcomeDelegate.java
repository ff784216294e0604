package org.wso287g.complaint.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.wso287g.complaint.domain.ComplaintService;
import org.wso287g.identity.ProgramGroups;

/**
 * The outcome was not recorded within the resolution period: headquarters (hq-287g) is offered the
 * same task beside the Field Office Director, so it shows in their Tasklist, overdue, and either may
 * record the outcome. The escalation is recorded on the complaint.
 */
@Component
@RequiredArgsConstructor
class EscalateComplaintOutcomeDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task outcome = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ComplaintVariables.OUTCOME_TASK).singleResult();
    if (outcome != null) {
      tasks.addCandidateGroup(outcome.getId(), ProgramGroups.HQ);
      tasks.createComment(outcome.getId(), execution.getProcessInstanceId(), "Overdue: escalated to " + ProgramGroups.HQ
          + ", which may record the outcome too.");
    }
    complaints.escalate(execution.getProcessBusinessKey());
  }
}
