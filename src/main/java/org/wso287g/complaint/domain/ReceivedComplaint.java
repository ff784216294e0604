package org.wso287g.complaint.domain;

import java.time.Instant;

/**
 * A complaint as a person records it (the start form {@code record-complaint} or
 * {@code POST /api/complaints}): the choices as the text that was sent, so that the rules name a wrong one.
 */
public record ReceivedComplaint(String agencyOri, Instant receivedAt, String source, String credentialNumber,
    String allegation, String allegationSummary) {}
