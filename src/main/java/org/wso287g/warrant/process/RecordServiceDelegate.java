package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.warrant.domain.Served;
import org.wso287g.warrant.domain.WarrantService;

/**
 * Runs in the transaction of the serve task's completion: the officer who completes it must hold an
 * active credential for the agency (rule 1, however the task was reached: claimed or not), and the
 * partnership must still be active (rule 2). A refusal leaves the task open.
 */
@Component
@RequiredArgsConstructor
class RecordServiceDelegate implements JavaDelegate {

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    String officer = CurrentUser.of(execution);
    Served served = new Served(CurrentUser.SYSTEM.equals(officer) ? null : officer, read.instant(SERVED_AT),
        Boolean.TRUE.equals(read.bool(INTERPRETER_OFFERED)), read.text(INTERPRETER_NAME),
        Boolean.TRUE.equals(read.bool(CITIZENSHIP_CLAIMED)));
    execution.setVariable(CUSTODY_DEADLINE, warrants.serve(execution.getProcessBusinessKey(), served).toString());
    execution.setVariable(CITIZENSHIP_CLAIMED, served.citizenshipClaimed());
    execution.setVariable(SERVED_AT, served.servedAt().toString());
  }
}
