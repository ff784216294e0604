package org.wso287g.onboarding.api;

import java.time.LocalDate;

/** A letter of interest sent through the API: the same fields as the Tasklist's start form. */
public record LetterOfInterestRequest(
    String agencyName,
    String agencyOri,
    String agencyState,
    String agencyCounty,
    String jailFacilityName,
    String fieldOfficeCode,
    Integer requestedOfficerCount,
    LocalDate letterDate,
    String contactName,
    String contactEmail) {}
