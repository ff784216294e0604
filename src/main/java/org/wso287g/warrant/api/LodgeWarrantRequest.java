package org.wso287g.warrant.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A warrant lodged through the API: the same fields as the Tasklist's start form. */
@Schema(description = "An ICE administrative warrant that ERO lodges with a partner agency's jail. Every field is "
    + "required; a refused field is named in the 400 problem body.")
public record LodgeWarrantRequest(
    @Schema(description = "ORI of the agency holding the person (an agency on record).", example = "LA0990000")
    String agencyOri,
    @Schema(description = "The jail holding the person: must be the agency's own jail (else 422). At most 120 characters.",
        example = "Demo Parish Correctional Center")
    String facilityName,
    @Schema(description = "Name of the person. At most 120 characters.", example = "Demo Subject")
    String subjectName,
    @Schema(description = "The jail's booking number. At most 40 characters.", example = "B-2025-1001")
    String subjectBookingNumber,
    @Schema(description = "I-200 or I-205 (another type is recorded, then refused with 422).", example = "I-200")
    String warrantType,
    @Schema(description = "ICE's warrant number: a warrant is lodged once (else 409). At most 40 characters.",
        example = "ICE-I200-0001")
    String warrantNumber,
    @Schema(description = "Date the warrant was issued; not in the future.", example = "2025-07-01")
    LocalDate warrantIssuedOn,
    @Schema(description = "The ICE officer who issued the warrant. At most 120 characters.",
        example = "Demo Supervisory Officer")
    String issuingOfficer,
    @Schema(description = "When the person is to be released from criminal custody: the WSO serves the warrant before.",
        example = "2025-07-03T14:00:00-05:00")
    OffsetDateTime scheduledReleaseAt) {}
