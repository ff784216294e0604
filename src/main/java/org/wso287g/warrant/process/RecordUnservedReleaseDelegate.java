package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.RELEASED_AT;
import static org.wso287g.warrant.process.WarrantVariables.RELEASE_NOTES;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.warrant.domain.WarrantService;

/** Rule 12: no WSO served the warrant within the service window; the agency released the person. */
@Component
@RequiredArgsConstructor
class RecordUnservedReleaseDelegate implements JavaDelegate {

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    warrants.releaseUnserved(execution.getProcessBusinessKey(), read.instant(RELEASED_AT), read.text(RELEASE_NOTES),
        CurrentUser.of(execution));
  }
}
