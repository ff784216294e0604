package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.ReviewDecision;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** Step 2: records ICE's decision on the request; a comment is required unless it is approved. */
@Component
@RequiredArgsConstructor
class RecordReviewDecisionDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    participation.recordReview(execution.getProcessBusinessKey(), read.choice(REVIEW_DECISION, ReviewDecision.class),
        read.text(REVIEW_COMMENT), CurrentUser.of(execution));
  }
}
