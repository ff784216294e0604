package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.AGREEMENT_IN_FORCE;
import static org.wso287g.onboarding.process.ParticipationVariables.COMPLIANT;
import static org.wso287g.onboarding.process.ParticipationVariables.FINDINGS;
import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_COMPLIANT;
import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_DUE_ON;
import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_FINDINGS;
import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_ID;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.OversightReview;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/**
 * Records the findings of the initial review or of an annual compliance review (one delegate, two
 * steps) with the day it was due, and leaves what the next steps ask: the review (for its findings
 * branch) and whether the agreement is still in force.
 */
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
    String number = execution.getProcessBusinessKey();
    OversightReview review = participation.recordOversightReview(number, kind, read.bool(COMPLIANT),
        read.text(FINDINGS), read.date(REVIEW_DUE_ON), CurrentUser.of(execution));
    execution.setVariable(REVIEW_ID, review.getId());
    execution.setVariable(REVIEW_COMPLIANT, review.isCompliant());
    execution.setVariable(REVIEW_FINDINGS, review.getFindings());
    execution.setVariable(AGREEMENT_IN_FORCE, participation.agreementInForce(number));
    // The record holds the findings; next year's review opens blank.
    execution.removeVariable(COMPLIANT);
    execution.removeVariable(FINDINGS);
  }
}
