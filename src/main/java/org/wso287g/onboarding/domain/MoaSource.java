package org.wso287g.onboarding.domain;

/** Where an agreement on record comes from. */
public enum MoaSource {
  /** Prepared and signed through the participation path of this application. */
  WORKFLOW,
  /**
   * Imported from ICE's published list of participating agencies: signed elsewhere, no application
   * here until headquarters brings it into the path (agreements already in force).
   */
  ICE_LIST
}
