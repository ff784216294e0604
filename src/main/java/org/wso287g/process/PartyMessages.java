package org.wso287g.process;

import java.util.Map;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import org.wso287g.common.NotWaiting;

/**
 * Rule 14: sends a message a party may send, once the access policy let that party send it. It is
 * correlated on the program's authority (the party holds no engine permission on the instance) and
 * as the party, so the model's record step writes who sent it. A record not waiting for the message
 * is {@link NotWaiting}; a refusal of the record step is the rule's violation.
 */
@Component
@RequiredArgsConstructor
public class PartyMessages {

  private final RuntimeService runtime;
  private final ProcessEngineConfiguration configuration;

  public void send(String message, String businessKey, Map<String, Object> variables, Supplier<String> whyNotWaiting) {
    try {
      ProgramAuthority.run(configuration, () -> runtime.createMessageCorrelation(message)
          .processInstanceBusinessKey(businessKey).setVariables(variables).correlateWithResult());
    } catch (MismatchingMessageCorrelationException nobodyWaits) {
      throw new NotWaiting(whyNotWaiting.get());
    } catch (FormFieldValidationException refusal) {
      throw Refusals.violation(refusal);
    }
  }
}
