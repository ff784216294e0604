package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.SCHEDULED_RELEASE_AT;

import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.warrant.domain.WarrantService;

/** The jail moved the person's release; the wait starts again with the new time. */
@Component
@RequiredArgsConstructor
class RecordRescheduleDelegate implements JavaDelegate {

  private final WarrantService warrants;

  @Override
  public void execute(DelegateExecution execution) {
    Instant releaseAt = VariableReader.of(execution).instant(SCHEDULED_RELEASE_AT);
    warrants.reschedule(execution.getProcessBusinessKey(), releaseAt, CurrentUser.of(execution));
    execution.setVariable(SCHEDULED_RELEASE_AT, releaseAt.toString());
  }
}
