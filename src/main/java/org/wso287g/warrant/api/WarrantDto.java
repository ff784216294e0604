package org.wso287g.warrant.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** A warrant as the API shows it: what was lodged, where it stands and why. */
@Schema(description = "A lodged warrant: what was lodged, where it stands and why.")
public record WarrantDto(
    @Schema(description = "ICE's warrant number.", example = "ICE-I200-0001") String number,
    @Schema(description = "Warrant type.", example = "I-200") String type,
    @Schema(description = "LODGED, REFUSED, CANCELLED, STOPPED, SERVED, TRANSFERRED, RELEASED or RELEASED_UNSERVED (not served within the service window).", example = "LODGED")
    String status,
    @Schema(description = "Why it was refused, stopped or cancelled; empty otherwise.",
        example = "Demo Parish Sheriff's Office is not an operational WSO partner under an active MOA (it is APPLICANT).")
    String statusReason,
    @Schema(description = "ORI of the agency holding the person.", example = "LA0990000") String agencyOri,
    @Schema(description = "Name of that agency.", example = "Demo Parish Sheriff's Office") String agencyName,
    @Schema(description = "The jail holding the person.", example = "Demo Parish Correctional Center")
    String facilityName,
    @Schema(description = "Name of the person.", example = "Demo Subject") String subjectName,
    @Schema(description = "The jail's booking number.", example = "B-2025-1001") String subjectBookingNumber,
    @Schema(description = "Date the warrant was issued.", example = "2025-07-01") LocalDate issuedOn,
    @Schema(description = "The ICE officer who issued it.", example = "Demo Supervisory Officer") String issuingOfficer,
    @Schema(description = "Scheduled release from criminal custody (UTC).", example = "2025-07-03T19:00:00Z")
    Instant scheduledReleaseAt,
    @Schema(description = "ERO user who lodged it.", example = "nol.ero") String lodgedBy,
    @Schema(description = "When it was lodged.", example = "2025-07-01T15:10:00Z") Instant lodgedAt,
    @Schema(description = "When it was closed (refused, cancelled, stopped or done); empty while open.",
        example = "2025-07-03T20:15:00Z")
    Instant closedAt,
    @Schema(description = "ERO user who last moved the scheduled release; empty if never.", example = "nol.ero")
    String rescheduledBy,
    @Schema(description = "When the scheduled release was last moved.", example = "2025-07-02T09:00:00Z")
    Instant rescheduledAt) {}
