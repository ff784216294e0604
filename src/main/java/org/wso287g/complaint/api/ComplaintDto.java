package org.wso287g.complaint.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wso287g.complaint.domain.Complaint;

/** A complaint as the API shows it: where it stands, whether its notice was late, and its steps. */
@Schema(description = "A complaint: where it stands, whether ICE learnt of it late, and the steps done so far.")
public record ComplaintDto(
    @Schema(description = "The complaint number.", example = "CMP-2026-0001") String complaintNumber,
    @Schema(description = "RECORDED, REFERRED, OUTCOME_RECORDED or RESOLVED (open: every status but RESOLVED).",
        example = "REFERRED") String status,
    @Schema(description = "ORI of the agency complained of.", example = "LA0990000") String agencyOri,
    @Schema(description = "Name of that agency.", example = "Demo Parish Sheriff's Office") String agencyName,
    @Schema(description = "The officer's credential number; empty when not a designated officer.",
        example = "WSO-LA0990000-0001") String credentialNumber,
    @Schema(description = "The complaint's source.", example = "DETAINEE") String complaintSource,
    @Schema(description = "What is alleged.", example = "USE_OF_FORCE") String allegation,
    @Schema(description = "The allegation in words.") String allegationSummary,
    @Schema(description = "When it was received.", example = "2026-03-20T23:30:00Z") Instant complaintReceivedAt,
    @Schema(description = "48 hours after receipt, Saturdays and Sundays in the field office's zone not counted.",
        example = "2026-03-25T00:00:00Z") Instant complaintNoticeDueAt,
    @Schema(description = "When it was recorded.", example = "2026-03-23T14:00:00Z") Instant recordedAt,
    @Schema(description = "Recorded after the notice was due: accepted, counted as a late notice.", example = "false")
    boolean recordedLate,
    @Schema(description = "When the investigation outcome is due (receipt + complaintResolutionPeriod, 90 days).",
        example = "2026-06-18T23:30:00Z") Instant resolutionDueAt,
    @Schema(description = "When the overdue outcome was escalated to hq-287g; empty if never.") Instant escalatedAt,
    @Schema(description = "OPR's reference, once referred.", example = "OPR-2026-0042") String oprReference,
    @Schema(description = "The day OPR was notified.", example = "2026-03-23") LocalDate oprNotifiedOn,
    @Schema(description = "NONE or SUSPEND_OFFICER, once referred.", example = "SUSPEND_OFFICER") String interimAction,
    @Schema(description = "SUSTAINED, NOT_SUSTAINED, UNFOUNDED or EXONERATED, once decided.") String investigationOutcome,
    @Schema(description = "The outcome in words.") String outcomeSummary,
    @Schema(description = "NONE, REINSTATE or WITHDRAW_AUTHORITY, once decided.") String officerAction,
    @Schema(description = "The day the parties were told the outcome.") LocalDate partiesNotifiedOn,
    @Schema(description = "The steps done, in order, each with who did it and when.") List<Step> steps) {

  /** One step of the complaint as recorded (rule 7). */
  public record Step(@Schema(example = "RECORDED") String step, @Schema(example = "nol.ero") String by,
      @Schema(example = "2026-03-23T14:00:00Z") Instant at) {}

  static ComplaintDto of(Complaint c) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("RECORDED", c.getRecordedBy(), c.getRecordedAt()));
    if (c.getReferredAt() != null) {
      steps.add(new Step("REFERRED", c.getReferredBy(), c.getReferredAt()));
    }
    if (c.getEscalatedAt() != null && (c.getDecidedAt() == null || c.getEscalatedAt().isBefore(c.getDecidedAt()))) {
      steps.add(new Step("ESCALATED", org.wso287g.access.Actor.PROGRAM, c.getEscalatedAt()));
    }
    if (c.getDecidedAt() != null) {
      steps.add(new Step("OUTCOME_RECORDED", c.getDecidedBy(), c.getDecidedAt()));
    }
    if (c.getNotifiedAt() != null) {
      steps.add(new Step("RESOLVED", c.getNotifiedBy(), c.getNotifiedAt()));
    }
    return new ComplaintDto(c.getNumber(), c.getStatus().name(), c.getAgency().getOri(), c.getAgency().getName(),
        c.getCredential() == null ? null : c.getCredential().getNumber(), c.getSource().name(), c.getAllegation().name(),
        c.getAllegationSummary(), c.getReceivedAt(), c.getNoticeDueAt(), c.getRecordedAt(), c.isRecordedLate(),
        c.getResolutionDueAt(), c.getEscalatedAt(), c.getOprReference(), c.getOprNotifiedOn(), name(c.getInterimAction()),
        name(c.getInvestigationOutcome()), c.getOutcomeSummary(), name(c.getOfficerAction()), c.getPartiesNotifiedOn(),
        List.copyOf(steps));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
