package org.wso287g.onboarding.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;

/** Step 6 begins: the agency is OPERATIONAL from today. */
@Component
@RequiredArgsConstructor
class StartOperationsDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    participation.startOperations(execution.getProcessBusinessKey());
  }
}
