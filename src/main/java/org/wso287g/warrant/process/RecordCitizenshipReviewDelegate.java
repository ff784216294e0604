package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.warrant.domain.CitizenshipClaimReview;
import org.wso287g.warrant.domain.WarrantService;

/** ERO's decision on the claim; an upheld claim ends the custody window without custody. */
@Component
@RequiredArgsConstructor
class RecordCitizenshipReviewDelegate implements JavaDelegate {

  static final String CLAIM_UPHELD = "CLAIM_UPHELD";

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    CitizenshipClaimReview.Decision decision = read.choice(CITIZENSHIP_CLAIM_DECISION, CitizenshipClaimReview.Decision.class);
    warrants.reviewClaim(execution.getProcessBusinessKey(), decision, read.text(CITIZENSHIP_CLAIM_NOTES),
        CurrentUser.of(execution));
    if (decision == CitizenshipClaimReview.Decision.SUBSTANTIATED) {
      execution.setVariable(CUSTODY_OUTCOME, CLAIM_UPHELD);
    }
  }
}
