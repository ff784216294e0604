package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.RELEASED_AT;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.warrant.domain.WarrantService;

/** The agency released the person: 48 hours passed without ICE custody, or the claim was upheld. */
@Component
@RequiredArgsConstructor
class RecordReleaseDelegate implements JavaDelegate {

  static final String AFTER_CLAIM_UPHELD = "serviceTask_recordClaimRelease";

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    String reason = AFTER_CLAIM_UPHELD.equals(execution.getCurrentActivityId())
        ? "Citizenship claim substantiated: warrant lifted"
        : "48 hours after service without ICE custody";
    warrants.release(execution.getProcessBusinessKey(), VariableReader.of(execution).instant(RELEASED_AT), reason,
        CurrentUser.of(execution));
  }
}
