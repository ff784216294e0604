package org.wso287g.onboarding.domain;

/**
 * A decision about an agency's application, published inside the transaction that records it, so that
 * the agency's contact is told of it (the specification's "Notifications") if and only if it commits.
 *
 * @param applicationNumber the application decided on
 * @param decision what was decided
 * @param detail what the agency needs to know with it (the review's comment, the MOA's effective day,
 *     the officer and credential, the notice and the day it takes effect, the reason it ended); may be null
 */
public record ApplicationDecided(String applicationNumber, Decision decision, String detail) {

  /** The decisions the agency's contact hears of. */
  public enum Decision {
    APPROVED,
    DECLINED,
    MORE_INFORMATION_ASKED,
    MOA_ACTIVE,
    OFFICER_CREDENTIALED,
    NOTICE_RECEIVED,
    AGREEMENT_ENDED
  }
}
