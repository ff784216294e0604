package org.wso287g.vetting.process;

import static org.wso287g.vetting.process.VettingVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.vetting.domain.Candidate;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.VettingService;

/**
 * After the FOD's authorisation letter: Form 70-006 executed, credential issued, and the officer's
 * user (created if missing) joins the agency's WSO group.
 */
@Component
@RequiredArgsConstructor
class IssueCredentialDelegate implements JavaDelegate {

  private final VettingService vetting;
  private final ProgramIdentity identity;

  @Override
  public void execute(DelegateExecution execution) {
    long candidateId = CandidateIds.of(execution);
    Credential credential = vetting.issueCredential(candidateId,
        VariableReader.of(execution).date(AUTHORIZATION_SIGNED_ON), CurrentUser.of(execution));
    Candidate officer = vetting.candidate(candidateId);
    identity.enrolOfficer(officer.getUserId(), officer.getFullName(), officer.getEmail(),
        (String) execution.getVariable(AGENCY_ORI));
    execution.setVariable(CREDENTIAL_NUMBER, credential.getNumber());
  }
}
