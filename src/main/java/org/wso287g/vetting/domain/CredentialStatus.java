package org.wso287g.vetting.domain;

public enum CredentialStatus {
  ACTIVE,
  /** The MOA ended: every credential of the agency goes back to ICE. */
  REVOKED,
  /** ICE withdrew this officer's authority. */
  WITHDRAWN
}
