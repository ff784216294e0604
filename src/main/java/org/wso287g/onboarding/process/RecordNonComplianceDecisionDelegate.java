package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.CORRECTED;
import static org.wso287g.onboarding.process.ParticipationVariables.CORRECTION_DUE_AT;
import static org.wso287g.onboarding.process.ParticipationVariables.CORRECTION_DUE_ON;
import static org.wso287g.onboarding.process.ParticipationVariables.FINDINGS;
import static org.wso287g.onboarding.process.ParticipationVariables.NON_COMPLIANCE_DECISION;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.OversightReview;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/**
 * Records headquarters' decision on a finding not corrected. EXTEND sets the new correction date and
 * clears the last verification, so the next one opens blank on that date.
 */
@Component
@RequiredArgsConstructor
class RecordNonComplianceDecisionDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    String number = execution.getProcessBusinessKey();
    long reviewId = RecordCorrectiveActionPlanDelegate.reviewId(execution);
    OversightReview.NonComplianceDecision decision =
        read.choice(NON_COMPLIANCE_DECISION, OversightReview.NonComplianceDecision.class);
    boolean extend = decision == OversightReview.NonComplianceDecision.EXTEND;
    // The form asks for a new date only to extend; the plan's date is still in the variable otherwise.
    participation.recordNonComplianceDecision(number, reviewId, decision, extend ? read.date(CORRECTION_DUE_ON) : null,
        CurrentUser.of(execution));
    if (extend) {
      execution.setVariable(CORRECTION_DUE_AT, Date.from(participation.correctionDueAt(number, reviewId)));
      execution.setVariable(CORRECTED, null);
      execution.setVariable(FINDINGS, null);
    }
  }
}
