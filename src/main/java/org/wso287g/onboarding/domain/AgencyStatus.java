package org.wso287g.onboarding.domain;

/** Where an agency stands in the program. */
public enum AgencyStatus {
  /** Known (seeded or imported), no open application. */
  PROSPECT,
  /** An application is open. */
  APPLICANT,
  /** MOA active, no certified officer yet. */
  MOA_ACTIVE,
  /** MOA active and at least one certified WSO: warrants may be served. */
  OPERATIONAL,
  SUSPENDED,
  TERMINATED
}
