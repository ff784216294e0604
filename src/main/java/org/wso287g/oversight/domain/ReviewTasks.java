package org.wso287g.oversight.domain;

import java.util.List;

/**
 * The reviews the engine holds open (the process package answers it from the Tasklist's tasks, on the
 * program's authority): the oversight view filters them to the caller's scope through our records.
 */
public interface ReviewTasks {

  /** The review steps of {@code wsoParticipation}, by task definition key. */
  List<String> REVIEW_STEPS = List.of("userTask_initialReview", "userTask_annualComplianceReview");

  /** Every open review task, of every agency. */
  List<OpenReview> open();
}
