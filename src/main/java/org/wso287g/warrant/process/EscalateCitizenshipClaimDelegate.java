package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.FIELD_OFFICE_CODE;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.wso287g.identity.ProgramGroups;
import org.wso287g.warrant.domain.WarrantService;

/**
 * A citizenship claim goes to ICE generally within 1 hour: when nobody in ERO has picked the review up
 * by then, the Field Office Director's group is offered it too, and the escalation is recorded.
 */
@Component
@RequiredArgsConstructor
class EscalateCitizenshipClaimDelegate implements JavaDelegate {

  static final String REVIEW_TASK = "userTask_reviewCitizenshipClaim";

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task review = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(REVIEW_TASK).singleResult();
    if (review != null && review.getAssignee() == null) {
      tasks.addCandidateGroup(review.getId(),
          ProgramGroups.fieldOfficeDirector((String) execution.getVariable(FIELD_OFFICE_CODE)));
      warrants.escalateClaim(execution.getProcessBusinessKey());
    }
  }
}
