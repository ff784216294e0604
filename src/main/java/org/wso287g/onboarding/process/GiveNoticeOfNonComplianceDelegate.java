package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.EXIGENT;
import static org.wso287g.onboarding.process.ParticipationVariables.NON_COMPLIANCE_DECISION;
import static org.wso287g.onboarding.process.ParticipationVariables.NOTICE_KIND;
import static org.wso287g.onboarding.process.ParticipationVariables.NOTICE_REASON;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.NotAllowed;
import org.wso287g.common.NotWaiting;
import org.wso287g.common.RuleViolation;
import org.wso287g.onboarding.domain.Notice;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;

/**
 * GIVE_NOTICE on a finding not corrected: headquarters gives ICE's notice of termination through the
 * same door as any notice (rule 14's policy, Message_TerminationNotice, Notice on the agreement), so
 * the notice period, its withdrawal and the end of the agreement apply as to any other. The reason is
 * the review's findings; the notice is not exigent and is received today. A notice the rules refuse
 * (a notice period already running) refuses the decision, and nothing is recorded.
 */
@Component
@RequiredArgsConstructor
class GiveNoticeOfNonComplianceDelegate implements JavaDelegate {

  static final String ICE = "ICE";

  private final ParticipationProcess process;
  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Map<String, Object> notice = new HashMap<>();
    notice.put(NOTICE_KIND, Notice.TERMINATION);
    notice.put(NOTICE_REASON, participation.nonComplianceNoticeReason(number,
        RecordCorrectiveActionPlanDelegate.reviewId(execution)));
    notice.put(EXIGENT, false);
    try {
      process.giveNotice(CurrentUser.actor(execution), number, ICE, notice);
    } catch (NotWaiting | NotAllowed | RuleViolation refused) {
      throw new RuleViolation(NON_COMPLIANCE_DECISION, "ICE's notice of termination cannot be given now: "
          + refused.getMessage());
    }
  }
}
