package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.AgreementNotice;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/**
 * A termination or suspension notice arrived: it is recorded with the moment it takes effect, kept
 * local to this notice's instance of the event subprocess (another notice may run beside it).
 */
@Component
@RequiredArgsConstructor
class RecordNoticeDelegate implements JavaDelegate {

  /** The recorded notice this instance of the event subprocess runs for; the later steps read it. */
  static final String NOTICE_ID = "noticeId";

  /** The id of the notice the calling step's instance of the event subprocess runs for. */
  static long noticeId(DelegateExecution execution) {
    return ((Number) execution.getVariable(NOTICE_ID)).longValue();
  }

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    boolean exigent = Boolean.TRUE.equals(read.bool(EXIGENT));
    AgreementNotice notice = participation.recordNotice(execution.getProcessBusinessKey(),
        new Notice(read.text(NOTICE_FROM), read.text(NOTICE_KIND), read.text(NOTICE_REASON), exigent,
            read.date(NOTICE_RECEIVED_ON), read.text(NOTICE_DELIVERY)),
        CurrentUser.of(execution));
    execution.setVariableLocal(NOTICE_ID, notice.getId());
    execution.setVariableLocal(NOTICE_EFFECTIVE_AT, Date.from(notice.getEffectiveAt()));
    execution.setVariableLocal(NOTICE_SUSPENDS, notice.isSuspension());
    execution.setVariableLocal(EXIGENT, exigent);
  }
}
