package org.wso287g.onboarding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/** An application as the API shows it: where it stands, what was done by whom, what is open for whom. */
public record ApplicationDto(
    String number,
    String status,
    AgencyRef agency,
    LocalDate letterDate,
    int requestedOfficerCount,
    String registeredBy,
    Instant registeredAt,
    String reviewDecision,
    String reviewComment,
    String reviewedBy,
    Instant reviewedAt,
    List<Step> steps,
    List<OpenTask> openTasks) {

  public record AgencyRef(Long id, String name, String ori, String state, String fieldOfficeCode, String status) {}

  public record Step(String step, String name, String by, Date at) {}

  public record OpenTask(String id, String step, String name, List<String> candidateGroups, String assignee, Date due) {}
}
