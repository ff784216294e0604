package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.LIFT_REASON;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/** ICE lifts the suspension: the MOA, the agency and the credentials it suspended are back in force. */
@Component
@RequiredArgsConstructor
class LiftSuspensionDelegate implements JavaDelegate {

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    participation.liftSuspension(execution.getProcessBusinessKey(), RecordNoticeDelegate.noticeId(execution),
        VariableReader.of(execution).text(LIFT_REASON), CurrentUser.of(execution));
  }
}
