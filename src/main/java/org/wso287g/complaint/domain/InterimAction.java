package org.wso287g.complaint.domain;

/** What ERO does with the officer while the complaint is investigated (Process 4 step 2). */
public enum InterimAction {
  NONE, SUSPEND_OFFICER
}
