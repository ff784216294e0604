package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.MORE_INFORMATION_QUESTION;
import static org.wso287g.onboarding.process.ParticipationVariables.MORE_INFORMATION_RESPONSE;
import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_COMMENT;
import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_DECISION;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.VariableReader;

/**
 * The agency answered the review's question; the request goes back to review. The question moves to
 * its own variable and the decision is cleared, so the next review opens with a blank decision.
 */
@Component
@RequiredArgsConstructor
class RecordMoreInformationDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    participation.recordMoreInformation(execution.getProcessBusinessKey(),
        VariableReader.of(execution).text(MORE_INFORMATION_RESPONSE));
    execution.setVariable(MORE_INFORMATION_QUESTION, execution.getVariable(REVIEW_COMMENT));
    execution.removeVariable(REVIEW_DECISION);
    execution.removeVariable(REVIEW_COMMENT);
  }
}
