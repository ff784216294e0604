package org.wso287g.oversight.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The oversight view, as the API returns it. */
@Schema(description = "What needs oversight, per field office and agency, with totals per field office and for the "
    + "whole scope.")
public record OversightDto(
    @Schema(description = "The moment the view was taken; a review is overdue when its due date is before it.",
        example = "2026-03-20T15:00:00Z") Instant at,
    @Schema(description = "True when every field office is shown (headquarters without fieldOffice).", example = "false")
    boolean national,
    @Schema(description = "The sums over every field office shown.") TotalsDto totals,
    @Schema(description = "Every field office in scope, by code.") List<FieldOfficeDto> fieldOffices) {

  @Schema(description = "Figures added up over agencies.")
  public record TotalsDto(
      @Schema(description = "Open review tasks (initial review, annual compliance review).", example = "2")
      long reviewsDue,
      @Schema(description = "Of them, past their due date.", example = "1") long reviewsOverdue,
      @Schema(description = "Reviews found not compliant whose correction is not verified.", example = "1")
      long findingsNotCorrected,
      @Schema(description = "Complaints not resolved.", example = "1") long complaintsOpen,
      @Schema(description = "Of the open complaints, those recorded after their notice deadline.", example = "0")
      long complaintsRecordedLate,
      @Schema(description = "Of the open complaints, those past their resolution date.", example = "1")
      long complaintsPastResolutionDue,
      @Schema(description = "Officers whose credential is suspended.", example = "1") long suspendedCredentials,
      @Schema(description = "Credentials revoked, withdrawn or departed and not yet returned to the field office.",
          example = "1") long credentialsNotReturned,
      @Schema(description = "Operational agencies with no active credential (no officer can serve).", example = "1")
      long operationalAgenciesWithoutActiveOfficer,
      @Schema(description = "Notices on agreements not yet in effect.", example = "1") long noticesPending) {}

  @Schema(description = "One field office: its totals and its agencies with something to show.")
  public record FieldOfficeDto(
      @Schema(description = "ERO field office code.", example = "NOL") String code,
      @Schema(description = "Its name.", example = "New Orleans") String name,
      TotalsDto totals,
      @Schema(description = "Agencies with at least one figure that is not zero, by state and name.")
      List<AgencyDto> agencies) {}

  @Schema(description = "One agency's figures and pending notices.")
  public record AgencyDto(
      @Schema(description = "Agency id, as GET /api/agencies lists it.", example = "1") long id,
      @Schema(description = "FBI ORI; empty for an agency known only from ICE's lists.", example = "LA0990000") String ori,
      @Schema(description = "Name.", example = "Demo Parish Sheriff's Office") String name,
      @Schema(description = "Two-letter state code.", example = "LA") String state,
      @Schema(description = "Agency status.", example = "OPERATIONAL") String status,
      @Schema(description = "Its figures; operationalAgenciesWithoutActiveOfficer is 1 when it is operational with no "
          + "active credential.") TotalsDto totals,
      @Schema(description = "Notices pending on its agreements, by the moment they take effect.")
      List<PendingNoticeDto> pendingNotices) {}

  @Schema(description = "A notice on an agreement that has not yet taken effect.")
  public record PendingNoticeDto(
      @Schema(description = "Notice id.", example = "3") long id,
      @Schema(description = "ICE or LEA.", example = "ICE") String noticeFrom,
      @Schema(description = "TERMINATION or SUSPENSION.", example = "TERMINATION") String kind,
      @Schema(description = "Given without the notice period (exigent circumstances).", example = "false")
      boolean exigent,
      @Schema(description = "When it takes effect.", example = "2026-06-18T05:00:00Z") Instant effectiveAt) {}
}
