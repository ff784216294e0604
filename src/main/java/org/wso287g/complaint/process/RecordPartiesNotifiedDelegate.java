package org.wso287g.complaint.process;

import static org.wso287g.complaint.process.ComplaintVariables.PARTIES_NOTIFIED_ON;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.complaint.domain.ComplaintService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** Step 4: the parties were told the outcome; the complaint is RESOLVED. */
@Component
@RequiredArgsConstructor
class RecordPartiesNotifiedDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    Actor actor = CurrentUser.actor(execution);
    String number = execution.getProcessBusinessKey();
    complaints.complaintJurisdiction(number)
        .ifPresent(where -> policy.require(actor, Action.NOTIFY_COMPLAINT_PARTIES, where, "the agency " + where.ori()));
    complaints.recordPartiesNotified(number, VariableReader.of(execution).date(PARTIES_NOTIFIED_ON), actor.userId());
  }
}
