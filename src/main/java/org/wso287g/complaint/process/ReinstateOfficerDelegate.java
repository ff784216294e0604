package org.wso287g.complaint.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.complaint.domain.ComplaintService;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.warrant.process.OfficerStandDown;

/** Step 3, REINSTATE: the credential this complaint suspended is ACTIVE again and the officer may serve. */
@Component
@RequiredArgsConstructor
class ReinstateOfficerDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final OfficerStandDown standDown;

  @Override
  public void execute(DelegateExecution execution) {
    Credential credential = complaints.reinstateOfficer(execution.getProcessBusinessKey());
    standDown.reinstate(credential);
  }
}
