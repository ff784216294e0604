package org.wso287g.complaint.domain;

/** What the investigation found (Process 4 step 3). */
public enum InvestigationOutcome {
  SUSTAINED, NOT_SUSTAINED, UNFOUNDED, EXONERATED
}
