package org.wso287g.vetting.process;

import static org.wso287g.vetting.process.VettingVariables.BACKGROUND_NOTES;
import static org.wso287g.vetting.process.VettingVariables.BACKGROUND_RESULT;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.vetting.domain.BackgroundCheck;
import org.wso287g.vetting.domain.VettingService;

/** Step 4: personnel security's result; notes are required when the candidate is not cleared. */
@Component
@RequiredArgsConstructor
class RecordBackgroundResultDelegate implements JavaDelegate {

  private final VettingService vetting;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    vetting.recordBackgroundResult(CandidateIds.of(execution), read.choice(BACKGROUND_RESULT, BackgroundCheck.Result.class),
        read.text(BACKGROUND_NOTES), CurrentUser.of(execution));
  }
}
