package org.wso287g.vetting.process;

import static org.wso287g.vetting.process.VettingVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.vetting.domain.TrainingRecord;
import org.wso287g.vetting.domain.VettingService;

/** The one retake of the exam; a second failure disqualifies the candidate. */
@Component
@RequiredArgsConstructor
class RecordRetakeDelegate implements JavaDelegate {

  private final VettingService vetting;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    TrainingRecord record = new TrainingRecord(read.date(RETAKE_DATE), null,
        read.integer(RETAKE_SCORE, "The retake score"), read.text(RETAKE_INSTRUCTOR));
    execution.setVariable(RETAKE_PASSED, vetting.recordRetake(CandidateIds.of(execution), record, CurrentUser.of(execution)));
  }
}
