package org.wso287g.complaint.domain;

/** Who brought the complaint to the agency or to ICE (Process 4, {@code complaintSource}). */
public enum ComplaintSource {
  PUBLIC, DETAINEE, STAFF, ICE, OTHER
}
