package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** A termination or suspension notice arrived; the notice period starts (immediate when exigent). */
@Component
@RequiredArgsConstructor
class RecordNoticeDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    boolean exigent = Boolean.TRUE.equals(read.bool(EXIGENT));
    participation.recordNotice(execution.getProcessBusinessKey(),
        new Notice(read.text(NOTICE_FROM), read.text(NOTICE_KIND), read.text(NOTICE_REASON), exigent),
        CurrentUser.of(execution));
    execution.setVariable(EXIGENT, exigent);
  }
}
