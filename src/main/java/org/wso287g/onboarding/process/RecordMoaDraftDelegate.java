package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** Step 3 begins: headquarters prepared the MOA from the template. */
@Component
@RequiredArgsConstructor
class RecordMoaDraftDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    participation.recordMoaDraft(execution.getProcessBusinessKey(), read.text(MOA_TEMPLATE_REVISION),
        read.text(FOD_CONTACT_NAME), read.text(FOD_CONTACT_EMAIL), CurrentUser.of(execution));
  }
}
