package org.wso287g.warrant.api;

import java.time.Instant;
import java.time.LocalDate;

/** A warrant as the API shows it: what was lodged, where it stands and why. */
public record WarrantDto(
    String number,
    String type,
    String status,
    String statusReason,
    String agencyOri,
    String agencyName,
    String facilityName,
    String subjectName,
    String subjectBookingNumber,
    LocalDate issuedOn,
    String issuingOfficer,
    Instant scheduledReleaseAt,
    String lodgedBy,
    Instant lodgedAt,
    Instant closedAt) {}
