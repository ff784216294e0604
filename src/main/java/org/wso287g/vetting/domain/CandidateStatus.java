package org.wso287g.vetting.domain;

/** Where a nominated candidate stands on the way to becoming a credentialed WSO. */
public enum CandidateStatus {
  NOMINATED,
  CLEARED,
  NOT_CLEARED,
  /** Failed the first exam; one retake allowed. */
  EXAM_FAILED,
  DISQUALIFIED,
  /** Trained and passed the exam: waiting for ICE's certification. */
  TRAINED,
  CERTIFIED,
  CREDENTIALED,
  /** Credential revoked, withdrawn or departed. */
  REVOKED
}
