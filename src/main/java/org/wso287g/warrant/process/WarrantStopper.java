package org.wso287g.warrant.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.AgreementEnded;
import org.wso287g.warrant.domain.WarrantService;

/**
 * Rule 6: when an agency's MOA is terminated or suspended, its warrants not yet served stop at once,
 * in the same transaction, with the reason on the warrant and on the process instance. Warrants
 * already served keep their custody window: the 48-hour limit still protects the person.
 */
@Component
@RequiredArgsConstructor
class WarrantStopper {

  private final WarrantService warrants;
  private final RuntimeService runtime;

  @EventListener
  public void stopUnservedWarrants(AgreementEnded ended) {
    for (String number : warrants.stopUnserved(ended.agencyId(), ended.reason())) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(WarrantVariables.PROCESS_ID)
          .processInstanceBusinessKey(number).list()) {
        runtime.deleteProcessInstance(instance.getId(), "Stopped: " + ended.reason());
      }
    }
  }
}
