package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.COMPLIANT;
import static org.wso287g.onboarding.process.ParticipationVariables.FINDINGS;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.OversightReview;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** Records the findings of the initial review or of an annual compliance review (one delegate, two steps). */
@Component
@RequiredArgsConstructor
class RecordOversightReviewDelegate implements JavaDelegate {

  static final String INITIAL_REVIEW_STEP = "serviceTask_recordInitialReview";

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    OversightReview.Kind kind = INITIAL_REVIEW_STEP.equals(execution.getCurrentActivityId())
        ? OversightReview.Kind.INITIAL
        : OversightReview.Kind.ANNUAL;
    participation.recordOversightReview(execution.getProcessBusinessKey(), kind, read.bool(COMPLIANT),
        read.text(FINDINGS), CurrentUser.of(execution));
    // The record holds the findings; next year's review opens blank.
    execution.removeVariable(COMPLIANT);
    execution.removeVariable(FINDINGS);
  }
}
