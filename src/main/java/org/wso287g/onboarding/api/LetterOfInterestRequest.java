package org.wso287g.onboarding.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A letter of interest sent through the API: the same fields as the Tasklist's start form. */
@Schema(description = "An agency's letter of interest in the WSO model. Every field is checked; a refused field is "
    + "named in the 400 problem body. Codes are upper-cased, text is trimmed.")
public record LetterOfInterestRequest(
    @Schema(description = "The law enforcement agency's name.", example = "Demo Parish Sheriff's Office")
    String agencyName,
    @Schema(description = "The agency's ORI: 9 characters, the state's two letters then 7 letters or digits.",
        example = "LA0990000")
    String agencyOri,
    @Schema(description = "Two-letter USPS state code; the ORI must start with it.", example = "LA")
    String agencyState,
    @Schema(description = "County (or parish) of the agency.", example = "Demo Parish")
    String agencyCounty,
    @Schema(description = "The agency's jail, where its WSOs would serve warrants.",
        example = "Demo Parish Correctional Center")
    String jailFacilityName,
    @Schema(description = "ICE ERO field office the agency belongs to.", example = "NOL")
    String fieldOfficeCode,
    @Schema(description = "Officers the agency wants trained as WSOs: 1 to 200.", example = "4")
    Integer requestedOfficerCount,
    @Schema(description = "Date of the letter; not in the future.", example = "2025-07-01")
    LocalDate letterDate,
    @Schema(description = "The agency's point of contact.", example = "Demo Contact")
    String contactName,
    @Schema(description = "The contact's email address.", example = "poc@demo-parish.invalid")
    String contactEmail,
    @Schema(description = "Agreements already in force, headquarters (hq-287g) only: the id of a WSO agreement "
        + "imported from ICE's list, as GET /api/agencies/{id} lists it. The agreement is linked (no second MOA) and "
        + "the application goes straight to the nomination; agencyName and agencyState may then be left out (the "
        + "agency's record supplies them). Leave out for a new letter.", example = "17")
    Long existingAgreementId) {}
