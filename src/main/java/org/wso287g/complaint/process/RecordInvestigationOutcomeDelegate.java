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
 * Step 3: the Field Office Director's (or, once escalated, headquarters') outcome. What happens to
 * the officer is checked here and done by the next step, in the same transaction.
 */
@Component
@RequiredArgsConstructor
class RecordInvestigationOutcomeDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    Actor actor = CurrentUser.actor(execution);
    String number = execution.getProcessBusinessKey();
    complaints.complaintJurisdiction(number)
        .ifPresent(where -> policy.require(actor, Action.DECIDE_COMPLAINT, where, "the agency " + where.ori()));
    Complaint complaint = complaints.recordOutcome(number, read.text(INVESTIGATION_OUTCOME), read.text(OUTCOME_SUMMARY),
        read.text(OFFICER_ACTION), actor.userId());
    execution.setVariable(OFFICER_ACTION, complaint.getOfficerAction().name());
  }
}
