package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.DepartureVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialStatus;
import org.wso287g.vetting.domain.OfficerDepartures;

/**
 * The departure date came: the credential is DEPARTED, and rule 6 applies at once: the officer leaves
 * the agency's WSO group and hands back the warrants they hold. A credential withdrawn or revoked
 * before the date has nothing left to depart (its return is awaited by its own wait).
 */
@Component
@RequiredArgsConstructor
class DepartOfficerDelegate implements JavaDelegate {

  private final OfficerDepartures departures;
  private final OfficerStandDown standDown;

  @Override
  public void execute(DelegateExecution execution) {
    Credential credential = departures.depart(execution.getProcessBusinessKey());
    boolean departed = credential.getStatus() == CredentialStatus.DEPARTED;
    if (departed) {
      standDown.standDown(credential, credential.getCandidate().getUserId() + " left " + credential.getAgency().getName()
          + " on " + credential.getDepartureOn() + ".");
    }
    CredentialReturnWaits.describe(credential, departures.endedOn(credential), execution);
    execution.setVariable(OFFICER_DEPARTED, departed);
  }
}
