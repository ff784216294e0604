package org.wso287g.onboarding.domain;

/** Outcome of ICE's review and assessment of a letter of interest. */
public enum ReviewDecision {
  APPROVED,
  DECLINED,
  MORE_INFO
}
