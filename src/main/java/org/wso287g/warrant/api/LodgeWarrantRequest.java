package org.wso287g.warrant.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A warrant lodged through the API: the same fields as the Tasklist's start form. */
public record LodgeWarrantRequest(
    String agencyOri,
    String facilityName,
    String subjectName,
    String subjectBookingNumber,
    String warrantType,
    String warrantNumber,
    LocalDate warrantIssuedOn,
    String issuingOfficer,
    OffsetDateTime scheduledReleaseAt) {}
