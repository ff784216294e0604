package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** ICE's signature makes the MOA ACTIVE, effective on the later signature date. */
@Component
@RequiredArgsConstructor
class ActivateMoaDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    participation.activateMoa(execution.getProcessBusinessKey(), read.text(ICE_SIGNATORY_NAME),
        read.date(ICE_SIGNED_ON), CurrentUser.of(execution));
  }
}
