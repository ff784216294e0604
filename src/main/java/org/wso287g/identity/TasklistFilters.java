package org.wso287g.identity;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters of each role, created at start-up when missing. Each filter only narrows what a
 * user may see anyway: task visibility itself comes from the candidate groups of each task.
 */
final class TasklistFilters {

  static final String MY_TASKS = "My tasks";
  static final String MY_GROUPS = "My groups' tasks";
  static final String REVIEWS = "My field office's reviews";
  static final String HQ_TASKS = "Reviews and MOAs to prepare";
  static final String AUTHORIZATION_LETTERS = "Authorisation letters to sign";
  static final String MOAS_TO_SIGN = "MOAs to sign";
  static final String AGENCY_TASKS = "My agency's tasks";
  static final String BACKGROUND = "Background investigations";
  static final String TRAININGS = "Trainings to record";
  static final String OVERSIGHT = "Oversight reviews";
  static final String WARRANTS_TO_SERVE = "Warrants to serve";
  static final String CUSTODY = "Custody and citizenship claims";
  static final String COMPLAINTS = "Complaints";
  static final String CREDENTIAL_RETURNS = "Credential returns";
  static final String DUE_THIS_WEEK = "Due this week";
  static final String OVERDUE = "Overdue";

  /** Filters the command staff of every agency may use; granted when the agency's groups are created. */
  static final List<String> AGENCY_FILTERS = List.of(AGENCY_TASKS, MOAS_TO_SIGN);
  /** Filters of every agency's WSOs; granted when the agency's groups are created. */
  static final List<String> OFFICER_FILTERS = List.of(WARRANTS_TO_SERVE);

  /** A filter: its name, what it is for, its query, and its place in the Tasklist's list. */
  record Definition(String name, String description, int priority, UnaryOperator<TaskQuery> query) {}

  static List<Definition> definitions() {
    return List.of(
        new Definition(MY_TASKS, "Tasks you have claimed", -10, q -> q.taskAssigneeExpression("${currentUser()}")),
        new Definition(MY_GROUPS, "Tasks offered to your groups, claimed or not", -5,
            q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(REVIEWS, "Letters of interest waiting for review and assessment", 0,
            q -> q.taskDefinitionKey("userTask_reviewRequest")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(HQ_TASKS, "Letters of interest of every field office to assess, and approved requests whose MOA "
            + "is to be prepared", 0,
            q -> q.taskDefinitionKeyIn("userTask_reviewRequest", "userTask_prepareMoa")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(MOAS_TO_SIGN, "Memoranda of agreement waiting for a signature", 1,
            q -> q.taskDefinitionKeyIn("userTask_signMoaLea", "userTask_signMoaIce")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(AGENCY_TASKS, "What ICE is waiting for from your agency", 2,
            q -> q.taskDefinitionKeyIn("userTask_provideMoreInformation", "userTask_signMoaLea",
                    "userTask_nominateCandidates", "userTask_releaseSubject", "userTask_releaseOnClaim",
                    "userTask_releaseUnserved", "userTask_submitCorrectiveActionPlan")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(BACKGROUND, "Candidates waiting for a background investigation", 3,
            q -> q.taskDefinitionKey("userTask_backgroundInvestigation")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(TRAININGS, "Training and exam results to record", 4,
            q -> q.taskDefinitionKeyIn("userTask_recordTraining", "userTask_recordRetake")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(AUTHORIZATION_LETTERS, "Certified officers waiting for your authorisation letter", 4,
            q -> q.taskDefinitionKey("userTask_signAuthorizationLetter")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(OVERSIGHT, "Initial reviews and annual compliance reviews, corrections to verify and findings "
            + "not corrected to decide on", 5,
            q -> q.taskDefinitionKeyIn("userTask_initialReview", "userTask_annualComplianceReview",
                    "userTask_verifyCorrection", "userTask_decideOnNonCompliance")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()),
        new Definition(WARRANTS_TO_SERVE, "Warrants to serve at a person's scheduled release, soonest first", 6,
            q -> q.taskDefinitionKey("userTask_serveWarrant")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().orderByDueDate().asc()),
        new Definition(CUSTODY, "Served warrants: citizenship claims to review within the hour, custody to assume "
            + "within 48 hours", 7,
            q -> q.taskDefinitionKeyIn("userTask_reviewCitizenshipClaim", "userTask_assumeCustody")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().orderByDueDate().asc()),
        new Definition(COMPLAINTS, "Complaints to refer to OPR, investigation outcomes to record, parties to tell the "
            + "outcome, soonest due first", 7,
            q -> q.taskDefinitionKeyIn("userTask_referComplaint", "userTask_recordInvestigationOutcome",
                    "userTask_notifyComplaintParties")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().orderByDueDate().asc()),
        new Definition(CREDENTIAL_RETURNS, "Credentials of departed, withdrawn or revoked officers to record as returned",
            7,
            q -> q.taskDefinitionKey("userTask_recordCredentialReturn")
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().orderByDueDate().asc()),
        new Definition(DUE_THIS_WEEK, "Your groups' tasks due in the next 7 days", 8,
            q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .dueBeforeExpression("${dateTime().plusDays(7).toDate()}")),
        new Definition(OVERDUE, "Your groups' tasks past their due date", 9,
            q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .dueBeforeExpression("${now()}")));
  }

  private TasklistFilters() {}

  static Filter create(FilterService filters, TaskService tasks, Definition definition) {
    Filter filter = filters.newTaskFilter(definition.name());
    filter.setQuery(definition.query().apply(tasks.createTaskQuery()));
    filter.setProperties(Map.of(
        "description", definition.description(),
        "priority", definition.priority(),
        "refresh", true));
    return filters.saveFilter(filter);
  }
}
