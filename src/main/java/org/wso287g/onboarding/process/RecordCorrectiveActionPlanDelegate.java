package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.CORRECTION_DUE_AT;
import static org.wso287g.onboarding.process.ParticipationVariables.CORRECTION_DUE_ON;
import static org.wso287g.onboarding.process.ParticipationVariables.CORRECTIVE_ACTIONS;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** Records the agency's corrective action plan for a finding and when the correction is due. */
@Component
@RequiredArgsConstructor
class RecordCorrectiveActionPlanDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    var dueAt = participation.recordCorrectiveActionPlan(execution.getProcessBusinessKey(), reviewId(execution),
        read.text(CORRECTIVE_ACTIONS), read.date(CORRECTION_DUE_ON), CurrentUser.of(execution));
    execution.setVariable(CORRECTION_DUE_AT, Date.from(dueAt));
  }

  /** The review that the calling step's instance of Correct the findings works on. */
  static long reviewId(DelegateExecution execution) {
    return ((Number) execution.getVariable(ParticipationVariables.REVIEW_ID)).longValue();
  }
}
