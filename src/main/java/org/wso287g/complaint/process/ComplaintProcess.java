package org.wso287g.complaint.process;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.wso287g.access.NotAllowed;
import org.wso287g.process.Refusals;

/**
 * The one place the API talks to the engine about {@code wsoComplaint}: a complaint is recorded by
 * starting the process as the caller, under their authorizations, so the API and the start form go
 * through the same step and the same rules.
 */
@Component
@RequiredArgsConstructor
public class ComplaintProcess {

  private final RuntimeService runtime;

  /** Starts the complaint and answers its number (the business key the first step set). */
  public String record(Map<String, Object> complaint) {
    try {
      ProcessInstance instance = runtime.startProcessInstanceByKey(ComplaintVariables.PROCESS_ID, complaint);
      return instance.getBusinessKey();
    } catch (FormFieldValidationException refusal) {
      throw Refusals.violation(refusal);
    } catch (AuthorizationException notAllowed) {
      throw new NotAllowed("Complaints are recorded by hq-287g, fo-{fo}-director, fo-{fo}-ero and lea-{ori}-command, "
          + "for the agencies within their reach: " + notAllowed.getMessage());
    }
  }
}
