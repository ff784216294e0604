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
 * Step 3, WITHDRAW_AUTHORITY: as ICE withdraws an officer's authority (officerAuthorityWithdrawal),
 * the credential is WITHDRAWN with the outcome as its reason, and rule 6 applies at once.
 */
@Component
@RequiredArgsConstructor
class WithdrawOfficerOnComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final OfficerStandDown standDown;

  @Override
  public void execute(DelegateExecution execution) {
    String actor = CurrentUser.of(execution);
    Credential credential = complaints.withdrawOfficer(execution.getProcessBusinessKey(), actor);
    standDown.standDown(credential, "the authority of " + credential.getCandidate().getUserId() + " was withdrawn by "
        + actor + " (" + credential.getEndReason() + ").");
  }
}
