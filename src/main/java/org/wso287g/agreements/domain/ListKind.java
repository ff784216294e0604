package org.wso287g.agreements.domain;

/** Which of ICE's two published 287(g) lists a file is, told by its header row. */
public enum ListKind {
  /** Agencies with a signed agreement, one row per agency and model, with the SIGNED date. */
  PARTICIPATING,
  /** Agencies whose request is pending: five columns, no date, no agreement. */
  PENDING
}
