package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.AGENCY_ORI;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.onboarding.domain.ParticipationService;

/**
 * The notice period is over: the MOA is TERMINATED or SUSPENDED, every credential of the agency is
 * revoked and its officers leave the agency's WSO group, so they can no longer claim any task.
 */
@Component
@RequiredArgsConstructor
class EndAgreementDelegate implements JavaDelegate {

  private final ParticipationService participation;
  private final ProgramIdentity identity;

  @Override
  public void execute(DelegateExecution execution) {
    participation.endAgreement(execution.getProcessBusinessKey());
    identity.removeAllOfficers((String) execution.getVariable(AGENCY_ORI));
  }
}
