package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.CUSTODY_ASSUMED_AT;
import static org.wso287g.warrant.process.WarrantVariables.CUSTODY_OUTCOME;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.warrant.domain.WarrantService;

/** ERO took custody; refused once the 48 hours have passed (rule 5), even before the timer ran. */
@Component
@RequiredArgsConstructor
class RecordCustodyDelegate implements JavaDelegate {

  static final String TRANSFERRED = "TRANSFERRED";

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    warrants.assumeCustody(execution.getProcessBusinessKey(), VariableReader.of(execution).instant(CUSTODY_ASSUMED_AT),
        CurrentUser.of(execution));
    execution.setVariable(CUSTODY_OUTCOME, TRANSFERRED);
  }
}
