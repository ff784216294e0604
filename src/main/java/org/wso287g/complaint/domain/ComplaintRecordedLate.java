package org.wso287g.complaint.domain;

/**
 * A complaint was recorded after the time the agency had to report it, published inside the
 * transaction that records it: headquarters (hq-287g) is told (the specification's "Notifications").
 */
public record ComplaintRecordedLate(String complaintNumber) {}
