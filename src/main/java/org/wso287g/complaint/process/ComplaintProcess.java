package org.wso287g.complaint.process;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
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
    ProcessInstance instance = Refusals.asTheCaller(
        () -> runtime.startProcessInstanceByKey(ComplaintVariables.PROCESS_ID, complaint),
        "Complaints are recorded by hq-287g, fo-{fo}-director, fo-{fo}-ero and lea-{ori}-command, for the agencies "
            + "within their reach");
    return instance.getBusinessKey();
  }
}
