package org.wso287g.onboarding.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/** An application as the API shows it: where it stands, what was done by whom, what is open for whom. */
@Schema(description = "One application (one letter of interest): where it stands, the steps done, the tasks open.")
public record ApplicationDto(
    @Schema(description = "Application number: WSO-{year}-{sequence}.", example = "WSO-2025-0001")
    String number,
    @Schema(description = "UNDER_REVIEW, MORE_INFO_REQUESTED, APPROVED, DECLINED, WITHDRAWN or AGREEMENT_ENDED.",
        example = "UNDER_REVIEW")
    String status,
    @Schema(description = "The agency that sent the letter.")
    AgencyRef agency,
    @Schema(description = "Date of the letter.", example = "2025-07-01")
    LocalDate letterDate,
    @Schema(description = "Officers the agency asked to have trained.", example = "4")
    int requestedOfficerCount,
    @Schema(description = "User who registered the letter.", example = "demo.sheriff")
    String registeredBy,
    @Schema(description = "When it was registered.", example = "2025-07-01T15:04:05Z")
    Instant registeredAt,
    @Schema(description = "ICE's decision once reviewed: APPROVED, DECLINED or MORE_INFO; empty before.",
        example = "APPROVED")
    String reviewDecision,
    @Schema(description = "The reviewer's comment.", example = "Jail and staffing confirmed with the field office.")
    String reviewComment,
    @Schema(description = "User who reviewed it.", example = "nol.director")
    String reviewedBy,
    @Schema(description = "When it was reviewed.", example = "2025-07-08T16:30:00Z")
    Instant reviewedAt,
    @Schema(description = "Tasks completed so far, oldest first.")
    List<Step> steps,
    @Schema(description = "Tasks waiting for someone.")
    List<OpenTask> openTasks) {

  @Schema(description = "The agency an application belongs to.")
  public record AgencyRef(
      @Schema(description = "Agency id (GET /api/agencies/{id}).", example = "1") Long id,
      @Schema(description = "Agency name.", example = "Demo Parish Sheriff's Office") String name,
      @Schema(description = "Agency ORI.", example = "LA0990000") String ori,
      @Schema(description = "Two-letter state code.", example = "LA") String state,
      @Schema(description = "ERO field office.", example = "NOL") String fieldOfficeCode,
      @Schema(description = "PROSPECT, APPLICANT, MOA_ACTIVE, OPERATIONAL, SUSPENDED or TERMINATED.",
          example = "APPLICANT") String status) {}

  @Schema(description = "A task done: which, by whom, when.")
  public record Step(
      @Schema(description = "Task id in the BPMN model.", example = "userTask_reviewRequest") String step,
      @Schema(description = "Task name.", example = "Review request — Demo Parish Sheriff's Office (WSO-2025-0001)")
      String name,
      @Schema(description = "User who completed it.", example = "nol.director") String by,
      @Schema(description = "When it was completed.", example = "2025-07-08T16:30:00Z") Date at) {}

  @Schema(description = "A task waiting for someone, and the groups it is offered to.")
  public record OpenTask(
      @Schema(description = "Task id in the engine (Tasklist).", example = "58beea2d-eb00-11f1-95cb-02fc00000001")
      String id,
      @Schema(description = "Task id in the BPMN model.", example = "userTask_prepareMoa") String step,
      @Schema(description = "Task name.", example = "Prepare MOA — Demo Parish Sheriff's Office (WSO-2025-0001)")
      String name,
      @Schema(description = "Groups that may work it.", example = "[\"hq-287g\"]") List<String> candidateGroups,
      @Schema(description = "User who claimed it; empty when unclaimed.", example = "hq.analyst") String assignee,
      @Schema(description = "Due date, if the model sets one.", example = "2025-08-07T16:30:00Z") Date due) {}
}
