package org.wso287g.complaint.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.complaint.domain.ComplaintService;
import org.wso287g.process.CurrentUser;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.warrant.process.OfficerStandDown;

/**
 * Step 2, interim action (rule 6): the officer's credential is SUSPENDED at once, the officer leaves
 * the agency's WSO group and every serve task they hold goes back to the group.
 */
@Component
@RequiredArgsConstructor
class SuspendOfficerDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final OfficerStandDown standDown;

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String actor = CurrentUser.of(execution);
    Credential credential = complaints.suspendOfficer(number, actor);
    standDown.standDown(credential, "the credential of " + credential.getCandidate().getUserId()
        + " was suspended by " + actor + " pending complaint " + number + ".");
  }
}
