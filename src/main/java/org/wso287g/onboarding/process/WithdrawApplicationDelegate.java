package org.wso287g.onboarding.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;

/** No answer to a request for more information in time: the application is withdrawn. */
@Component
@RequiredArgsConstructor
class WithdrawApplicationDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    participation.withdraw(execution.getProcessBusinessKey());
  }
}
