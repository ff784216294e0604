package org.wso287g.warrant.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Credential;

/**
 * Rule 6 for one officer whose credential stops serving (withdrawn, suspended, departed): the officer
 * leaves the agency's WSO group and every Serve warrant task they hold goes back to the group, with
 * the reason in a comment, so that they can neither claim nor complete one. And the way back for a
 * suspended officer who is reinstated.
 */
@Component
@RequiredArgsConstructor
public class OfficerStandDown {

  private final ProgramIdentity identity;
  private final TaskService tasks;

  public void standDown(Credential credential, String why) {
    String officer = credential.getCandidate().getUserId();
    identity.removeOfficer(officer, credential.getAgency().getOri());
    for (Task task : tasks.createTaskQuery().taskAssignee(officer).taskDefinitionKey(WarrantVariables.SERVE_TASK).list()) {
      tasks.setAssignee(task.getId(), null);
      identity.revokeTaskAccess(officer, task.getId());
      tasks.createComment(task.getId(), task.getProcessInstanceId(), "Handed back: " + why);
    }
  }

  /** A reinstated officer rejoins the agency's WSO group and may serve again. */
  public void reinstate(Credential credential) {
    Candidate officer = credential.getCandidate();
    identity.enrolOfficer(officer.getUserId(), officer.getFullName(), officer.getEmail(), credential.getAgency().getOri());
  }
}
