package org.wso287g.agencies.api;

import java.time.LocalDate;
import java.util.List;

/** An agency as the API shows it, with its agreements and officers in the detail view. */
public record AgencyDto(
    Long id,
    String ori,
    String name,
    String state,
    String county,
    String jailFacilityName,
    String fieldOfficeCode,
    String status,
    LocalDate operationalSince,
    List<AgreementDto> agreements,
    List<OfficerDto> officers) {

  /** One agreement (MOA) of the agency: model, status, dates, and where it came from. */
  public record AgreementDto(Long id, String model, String status, LocalDate effectiveOn, LocalDate endedOn,
      String source) {}

  /** A nominated candidate: where vetting and training stand, and the credential if any. */
  public record OfficerDto(Long id, String fullName, String badgeNumber, String status, String credentialNumber,
      String credentialStatus) {}
}
