package org.wso287g.oversight.domain;

import java.time.Instant;

/**
 * A review waiting to be done: an open {@code userTask_initialReview} or
 * {@code userTask_annualComplianceReview} of an application's participation.
 *
 * @param applicationNumber the participation's business key
 * @param step the task definition key
 * @param due the task's due date; {@code null} when it has none
 */
public record OpenReview(String applicationNumber, String step, Instant due) {

  /** Open and past its due date at {@code now}. */
  public boolean overdueAt(Instant now) {
    return due != null && due.isBefore(now);
  }
}
