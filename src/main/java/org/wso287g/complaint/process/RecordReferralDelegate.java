package org.wso287g.complaint.process;

import static org.wso287g.complaint.process.ComplaintVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.complaint.domain.Complaint;
import org.wso287g.complaint.domain.ComplaintService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/**
 * Step 2: ERO's referral to OPR. An interim suspension is checked here (a credential given, and
 * active) and done by the next step, in the same transaction.
 */
@Component
@RequiredArgsConstructor
class RecordReferralDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    Actor actor = CurrentUser.actor(execution);
    String number = execution.getProcessBusinessKey();
    complaints.complaintJurisdiction(number)
        .ifPresent(where -> policy.require(actor, Action.REFER_COMPLAINT, where, "the agency " + where.ori()));
    Complaint complaint = complaints.refer(number, read.text(OPR_REFERENCE), read.date(OPR_NOTIFIED_ON),
        read.text(INTERIM_ACTION), actor.userId());
    execution.setVariable(INTERIM_ACTION, complaint.getInterimAction().name());
  }
}
