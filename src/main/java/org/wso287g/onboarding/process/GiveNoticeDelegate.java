package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.common.NotWaiting;
import org.wso287g.common.RuleViolation;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/**
 * The give-notice start form (process {@code agreementNotice}): the person gives notice on an
 * agreement through the same door as the API, so the policy and the record are the same.
 */
@Component
@RequiredArgsConstructor
class GiveNoticeDelegate implements JavaDelegate {

  private final ParticipationProcess participation;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    String number = read.text(APPLICATION_NUMBER);
    Map<String, Object> notice = new HashMap<>();
    notice.put(NOTICE_KIND, read.text(NOTICE_KIND));
    notice.put(NOTICE_REASON, read.text(NOTICE_REASON));
    notice.put(EXIGENT, Boolean.TRUE.equals(read.bool(EXIGENT)));
    Optional.ofNullable(read.date(NOTICE_RECEIVED_ON)).ifPresent(on -> notice.put(NOTICE_RECEIVED_ON, on.toString()));
    Optional.ofNullable(read.text(NOTICE_DELIVERY)).ifPresent(delivery -> notice.put(NOTICE_DELIVERY, delivery));
    try {
      participation.giveNotice(CurrentUser.actor(execution), number, read.text(NOTICE_FROM), notice);
    } catch (NotWaiting notNow) {
      throw new RuleViolation(APPLICATION_NUMBER, notNow.getMessage());
    }
    execution.setProcessBusinessKey(number.trim());
  }
}
