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

/** Step 5: the course and the exam. Too few hours or training before clearance is refused. */
@Component
@RequiredArgsConstructor
class RecordTrainingDelegate implements JavaDelegate {

  private final VettingService vetting;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    TrainingRecord record = new TrainingRecord(read.date(TRAINING_DATE), read.decimal(TRAINING_HOURS),
        read.integer(EXAM_SCORE, "The exam score"), read.text(INSTRUCTOR));
    execution.setVariable(EXAM_PASSED, vetting.recordTraining(CandidateIds.of(execution), record, CurrentUser.of(execution)));
  }
}
