package org.wso287g.onboarding.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;

/** A suspension takes effect: MOA, agency and credentials SUSPENDED, warrants not yet served stopped (rule 6). */
@Component
@RequiredArgsConstructor
class SuspendAgreementDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    participation.suspend(execution.getProcessBusinessKey(), RecordNoticeDelegate.noticeId(execution));
  }
}
