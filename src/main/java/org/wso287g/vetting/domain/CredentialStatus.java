package org.wso287g.vetting.domain;

/** Where an officer's ICE credential stands; only an ACTIVE one serves (rule 1). */
public enum CredentialStatus {
  ACTIVE,
  /**
   * No service until reinstated (rule 6): the officer, pending a complaint, or the whole agency,
   * under a suspended MOA. The credential is still the officer's.
   */
  SUSPENDED,
  /** The MOA ended: every credential of the agency goes back to ICE. */
  REVOKED,
  /** ICE withdrew this officer's authority. */
  WITHDRAWN,
  /** The officer left the agency. */
  DEPARTED;

  /** Revoked, withdrawn and departed credentials are over: they never serve again. */
  public boolean isEnded() {
    return this == REVOKED || this == WITHDRAWN || this == DEPARTED;
  }
}
