package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.CANCELLATION_REASON;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.warrant.domain.WarrantService;

/** ICE cancelled the warrant before service. */
@Component
@RequiredArgsConstructor
class RecordCancellationDelegate implements JavaDelegate {

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    warrants.cancel(execution.getProcessBusinessKey(), VariableReader.of(execution).text(CANCELLATION_REASON),
        CurrentUser.of(execution));
  }
}
