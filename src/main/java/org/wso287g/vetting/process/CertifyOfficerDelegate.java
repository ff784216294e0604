package org.wso287g.vetting.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.vetting.domain.VettingService;

/**
 * ICE certifies the officer in writing. The rule "no certification before background clearance and
 * completed training" is checked again here, on the records: if it fails, the model is wrong or the
 * records were changed behind it, so it is an incident for an operator, not a refusal.
 */
@Component
@RequiredArgsConstructor
class CertifyOfficerDelegate implements JavaDelegate {

  private final VettingService vetting;

  @Override
  public void execute(DelegateExecution execution) {
    vetting.certify(CandidateIds.of(execution));
  }
}
