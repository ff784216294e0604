package org.wso287g.warrant.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.OfficerAuthority;

/**
 * ICE withdraws one officer's authority, effective at once (rule 6): the credential is WITHDRAWN, the
 * officer leaves the agency's WSO group, and every serve task they hold goes back to the group with
 * the reason in a comment.
 */
@Component
@RequiredArgsConstructor
class WithdrawOfficerAuthorityDelegate implements JavaDelegate {

  static final String CREDENTIAL_NUMBER = "credentialNumber";
  static final String WITHDRAWAL_REASON = "withdrawalReason";

  private final OfficerAuthority authority;
  private final OfficerStandDown standDown;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    String actor = CurrentUser.of(execution);
    String number = read.text(CREDENTIAL_NUMBER);
    authority.jurisdictionOfCredential(number).ifPresent(where -> policy.require(CurrentUser.actor(execution),
        Action.WITHDRAW_OFFICER_AUTHORITY, where, "the agency " + where.ori()));
    Credential credential = authority.withdraw(number, read.text(WITHDRAWAL_REASON), actor);
    standDown.standDown(credential, "the authority of " + credential.getCandidate().getUserId()
        + " was withdrawn by " + actor + " (" + credential.getEndReason() + ").");
    execution.setProcessBusinessKey(credential.getNumber());
  }
}
