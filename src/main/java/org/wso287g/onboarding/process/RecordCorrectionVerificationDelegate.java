package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.CORRECTED;
import static org.wso287g.onboarding.process.ParticipationVariables.FINDINGS;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** Records the Field Office Director's verification of a correction: corrected or not, with what was found. */
@Component
@RequiredArgsConstructor
class RecordCorrectionVerificationDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    participation.recordCorrectionVerification(execution.getProcessBusinessKey(),
        RecordCorrectiveActionPlanDelegate.reviewId(execution), read.bool(CORRECTED), read.text(FINDINGS),
        CurrentUser.of(execution));
  }
}
