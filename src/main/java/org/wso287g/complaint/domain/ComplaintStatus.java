package org.wso287g.complaint.domain;

/** Where a complaint stands; open is every status but RESOLVED (the oversight view counts on it). */
public enum ComplaintStatus {
  RECORDED, REFERRED, OUTCOME_RECORDED, RESOLVED
}
