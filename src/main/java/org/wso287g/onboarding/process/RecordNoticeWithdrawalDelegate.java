package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** The side that gave a pending notice withdraws it (Message_NoticeWithdrawn carries the sender's side). */
@Component
@RequiredArgsConstructor
class RecordNoticeWithdrawalDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    participation.withdrawNotice(execution.getProcessBusinessKey(), RecordNoticeDelegate.noticeId(execution),
        read.text(NOTICE_FROM), read.text(WITHDRAWAL_REASON), CurrentUser.of(execution));
  }
}
