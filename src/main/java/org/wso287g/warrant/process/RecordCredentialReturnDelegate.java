package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.DepartureVariables.CREDENTIAL_RETURNED_ON;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.vetting.domain.OfficerDepartures;

/**
 * The WSO point of contact records the day an ended credential came back (departure, withdrawal, the
 * MOA's end). The credential is the one of the instance's business key, never a number a person sends.
 */
@Component
@RequiredArgsConstructor
class RecordCredentialReturnDelegate implements JavaDelegate {

  private final OfficerDepartures departures;

  @Override
  public void execute(DelegateExecution execution) {
    departures.recordReturn(execution.getProcessBusinessKey(), VariableReader.of(execution).date(CREDENTIAL_RETURNED_ON),
        CurrentUser.of(execution));
  }
}
