package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_DUE_AT;
import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_DUE_ON;
import static org.wso287g.onboarding.process.ParticipationVariables.REVIEW_OPENS_AT;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.onboarding.domain.OversightReview;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.ReviewSchedule;

/**
 * Schedules the next oversight review from the record (one delegate, two steps): the initial review
 * from the day operations started, each annual review from the previous review's due date.
 */
@Component
@RequiredArgsConstructor
class ScheduleReviewDelegate implements JavaDelegate {

  static final String INITIAL_REVIEW_STEP = "serviceTask_scheduleInitialReview";

  private final ParticipationService participation;

  @Override
  public void execute(DelegateExecution execution) {
    OversightReview.Kind kind = INITIAL_REVIEW_STEP.equals(execution.getCurrentActivityId())
        ? OversightReview.Kind.INITIAL
        : OversightReview.Kind.ANNUAL;
    ReviewSchedule schedule = participation.scheduleReview(execution.getProcessBusinessKey(), kind);
    execution.setVariable(REVIEW_DUE_ON, schedule.dueOn().toString());
    execution.setVariable(REVIEW_OPENS_AT, Date.from(schedule.opensAt()));
    execution.setVariable(REVIEW_DUE_AT, Date.from(schedule.dueAt()));
  }
}
