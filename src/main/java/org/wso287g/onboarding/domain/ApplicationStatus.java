package org.wso287g.onboarding.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life of one application (one letter of interest). */
public enum ApplicationStatus {
  UNDER_REVIEW,
  MORE_INFO_REQUESTED,
  /** Approved: the MOA is being signed, or is in force. */
  APPROVED,
  DECLINED,
  WITHDRAWN,
  /** The MOA that came of it was terminated or suspended. */
  AGREEMENT_ENDED;

  /** Rule 4: an agency with an open application cannot start another. */
  public static final Set<ApplicationStatus> OPEN = EnumSet.of(UNDER_REVIEW, MORE_INFO_REQUESTED, APPROVED);
}
