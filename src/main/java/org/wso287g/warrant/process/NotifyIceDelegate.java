package org.wso287g.warrant.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.warrant.domain.WarrantService;

/** The agency notifies ICE immediately after service; the ERO group's task follows at once. */
@Component
@RequiredArgsConstructor
class NotifyIceDelegate implements JavaDelegate {

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    warrants.notifyIce(execution.getProcessBusinessKey());
  }
}
