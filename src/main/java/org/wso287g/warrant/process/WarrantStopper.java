package org.wso287g.warrant.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.AgreementEnded;
import org.wso287g.onboarding.domain.AgreementSuspended;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialRepository;
import org.wso287g.vetting.domain.CredentialStatus;
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
  private final CredentialRepository credentials;
  private final OfficerStandDown standDown;

  @EventListener
  public void stopUnservedWarrants(AgreementEnded ended) {
    stop(ended.agencyId(), ended.reason());
  }

  /**
   * A suspension stops unserved warrants the same way, and the agency's credentials are suspended
   * with it; lifting it gives back the credentials it suspended (not an officer suspended on their own).
   */
  @EventListener
  public void suspendOrReinstate(AgreementSuspended suspension) {
    if (suspension.lifted()) {
      credentials.findByAgencyIdAndStatus(suspension.agencyId(), CredentialStatus.ACTIVE).forEach(standDown::reinstate);
      return;
    }
    for (Credential credential : credentials.findByAgencyIdAndStatus(suspension.agencyId(), CredentialStatus.SUSPENDED)) {
      standDown.standDown(credential, "the officer's credential is suspended with the agency's MOA ("
          + suspension.reason() + ").");
    }
    stop(suspension.agencyId(), suspension.reason());
  }

  private void stop(Long agencyId, String reason) {
    for (String number : warrants.stopUnserved(agencyId, reason)) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(WarrantVariables.PROCESS_ID)
          .processInstanceBusinessKey(number).list()) {
        runtime.deleteProcessInstance(instance.getId(), "Stopped: " + reason);
      }
    }
  }
}
