package org.wso287g.complaint.domain;

/** What the Field Office Director does with the officer's credential once the outcome is known (step 3). */
public enum OfficerAction {
  NONE, REINSTATE, WITHDRAW_AUTHORITY
}
