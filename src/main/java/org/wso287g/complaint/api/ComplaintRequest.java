package org.wso287g.complaint.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** A complaint recorded through the API: the same fields as the Tasklist's start form {@code record-complaint}. */
@Schema(description = "A complaint or allegation about a WSO partner agency or one of its officers. A refused field is "
    + "named in the 400 problem body.")
public record ComplaintRequest(
    @Schema(description = "ORI of the agency complained of (an agency on record, within the caller's reach).",
        example = "LA0990000")
    String agencyOri,
    @Schema(description = "When the complaint was received, with its offset from UTC; not in the future. ICE must know "
        + "within 48 hours of it, Saturdays and Sundays not counted.", example = "2026-03-20T18:30:00-05:00")
    OffsetDateTime complaintReceivedAt,
    @Schema(description = "PUBLIC, DETAINEE, STAFF, ICE or OTHER.", example = "DETAINEE")
    String complaintSource,
    @Schema(description = "The officer's credential number, when the person complained of is a designated officer of "
        + "that agency; empty otherwise.", example = "WSO-LA0990000-0001")
    String credentialNumber,
    @Schema(description = "USE_OF_FORCE, CIVIL_RIGHTS, SCOPE_OF_AUTHORITY, MISCONDUCT or OTHER.", example = "USE_OF_FORCE")
    String allegation,
    @Schema(description = "What is alleged (at most 4000 characters).",
        example = "The detainee states the officer used force during the service of the warrant.")
    String allegationSummary) {}
