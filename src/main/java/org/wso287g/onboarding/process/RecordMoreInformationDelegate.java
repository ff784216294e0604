package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.MORE_INFORMATION_RESPONSE;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.VariableReader;

/** The agency answered the review's question; the request goes back to review. */
@Component
@RequiredArgsConstructor
class RecordMoreInformationDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    participation.recordMoreInformation(execution.getProcessBusinessKey(),
        VariableReader.of(execution).text(MORE_INFORMATION_RESPONSE));
  }
}
