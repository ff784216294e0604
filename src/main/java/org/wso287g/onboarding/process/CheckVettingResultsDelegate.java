package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.CERTIFIED_OFFICER_COUNT;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.vetting.domain.VettingService;

/** Counts the officers this application got credentialed: at least one is needed to go on. */
@Component
@RequiredArgsConstructor
class CheckVettingResultsDelegate implements JavaDelegate {

  private final VettingService vetting;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CERTIFIED_OFFICER_COUNT, vetting.countCredentialed(execution.getProcessBusinessKey()));
  }
}
