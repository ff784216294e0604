package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** The head of the agency signed the MOA; the date may be neither in the future nor before approval. */
@Component
@RequiredArgsConstructor
class RecordLeaSignatureDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    participation.recordAgencySignature(execution.getProcessBusinessKey(), read.text(LEA_SIGNATORY_NAME),
        read.text(LEA_SIGNATORY_TITLE), read.date(LEA_SIGNED_ON), CurrentUser.of(execution));
  }
}
