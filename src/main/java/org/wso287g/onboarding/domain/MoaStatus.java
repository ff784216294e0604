package org.wso287g.onboarding.domain;

/** The memorandum of agreement between ICE and the agency. */
public enum MoaStatus {
  DRAFT,
  SIGNED_BY_AGENCY,
  ACTIVE,
  SUSPENDED,
  TERMINATED
}
