package org.wso287g.vetting.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.vetting.domain.VettingService;

/** Puts the candidate's name on the instance, so every task says whom it is about. */
@Component
@RequiredArgsConstructor
class OpenCandidateFileDelegate implements JavaDelegate {

  private final VettingService vetting;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(VettingVariables.CANDIDATE_NAME, vetting.candidate(CandidateIds.of(execution)).getFullName());
  }
}
