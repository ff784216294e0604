package org.wso287g.warrant.process;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.wso287g.api.CallerNotAllowed;
import org.wso287g.process.Refusals;

/** The one place the API starts {@code warrantService}: as the calling ERO officer, under their authorizations. */
@Component
@RequiredArgsConstructor
public class WarrantProcess {

  private final RuntimeService runtime;

  /** Lodges the warrant; true when it waits for the release, false when the partnership check refused it. */
  public boolean lodge(Map<String, Object> warrant) {
    try {
      ProcessInstance instance = runtime.startProcessInstanceByKey(WarrantVariables.PROCESS_ID, warrant);
      return !instance.isEnded();
    } catch (FormFieldValidationException refusal) {
      throw Refusals.violation(refusal);
    } catch (AuthorizationException notEro) {
      throw new CallerNotAllowed("Warrants are lodged by ERO deportation officers (fo-{fo}-ero): " + notEro.getMessage());
    }
  }
}
