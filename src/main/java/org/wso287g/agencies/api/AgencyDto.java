package org.wso287g.agencies.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** An agency as the API shows it, with its agreements and officers in the detail view. */
@Schema(description = "An agency. The list leaves agreements and officers empty; GET /api/agencies/{id} fills them.")
public record AgencyDto(
    @Schema(description = "Agency id.", example = "1") Long id,
    @Schema(description = "ORI; empty for an agency known only from ICE's lists.", example = "LA0990000") String ori,
    @Schema(description = "Agency name.", example = "Demo Parish Sheriff's Office") String name,
    @Schema(description = "Two-letter state code.", example = "LA") String state,
    @Schema(description = "County (or parish).", example = "Demo Parish") String county,
    @Schema(description = "The agency's jail.", example = "Demo Parish Correctional Center") String jailFacilityName,
    @Schema(description = "ERO field office.", example = "NOL") String fieldOfficeCode,
    @Schema(description = "PROSPECT, APPLICANT, MOA_ACTIVE, OPERATIONAL, SUSPENDED or TERMINATED.",
        example = "OPERATIONAL")
    String status,
    @Schema(description = "Date its first WSO was credentialed; empty before.", example = "2025-09-15")
    LocalDate operationalSince,
    @Schema(description = "Its agreements (MOAs), newest first; only in the detail view.")
    List<AgreementDto> agreements,
    @Schema(description = "Its nominated officers, newest first; only in the detail view.")
    List<OfficerDto> officers) {

  /** One agreement (MOA) of the agency: model, status, dates, and where it came from. */
  @Schema(description = "One agreement (MOA) of the agency.")
  public record AgreementDto(
      @Schema(description = "Agreement id.", example = "1") Long id,
      @Schema(description = "WSO, JEM or TFM.", example = "WSO") String model,
      @Schema(description = "DRAFT, SIGNED_BY_AGENCY, ACTIVE, SUSPENDED or TERMINATED.", example = "ACTIVE")
      String status,
      @Schema(description = "Date it took effect.", example = "2025-08-20") LocalDate effectiveOn,
      @Schema(description = "Date it ended; empty while in force.", example = "2026-11-18") LocalDate endedOn,
      @Schema(description = "WORKFLOW (signed through this application) or ICE_LIST (imported).", example = "WORKFLOW")
      String source) {}

  /** A nominated candidate: where vetting and training stand, and the credential if any. */
  @Schema(description = "A nominated officer: where vetting and training stand, and the credential if any.")
  public record OfficerDto(
      @Schema(description = "Candidate id.", example = "1") Long id,
      @Schema(description = "Officer's name.", example = "Demo Warrant Service Officer") String fullName,
      @Schema(description = "The agency's badge number.", example = "DP-1042") String badgeNumber,
      @Schema(description = "NOMINATED, CLEARED, NOT_CLEARED, EXAM_FAILED, DISQUALIFIED, TRAINED, CERTIFIED, "
          + "CREDENTIALED or REVOKED.", example = "CREDENTIALED")
      String status,
      @Schema(description = "Credential number; empty before one is issued.", example = "WSO-LA0990000-0001")
      String credentialNumber,
      @Schema(description = "ACTIVE, SUSPENDED, REVOKED, WITHDRAWN or DEPARTED; empty before a credential is issued.", example = "ACTIVE")
      String credentialStatus,
      @Schema(description = "The account the officer serves under: new (wso.<ori>.<badge>) or linked by an "
          + "administrator; empty before a credential is issued.", example = "demo.wso")
      String userId) {}
}
