package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Oversight, complete, over HTTP only, as each demo user would work it through {@code /api} and
 * {@code /engine-rest}: a complaint about the demo agency's officer (recorded, referred with the
 * officer's interim suspension, exonerated, the officer reinstated, the parties told), an initial
 * review found not compliant (a corrective action plan, a correction not made, headquarters extends,
 * the correction verified), then ICE's exigent suspension of the agreement and its lifting by
 * headquarters; the oversight view follows each step, and every refusal on the way is a 4xx that says
 * why. Timers are fired by the administrator, as the job executor would when their day comes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oversight-journey;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class OversightJourneyTest {

  static final ZoneId NOL = ZoneId.of("America/Chicago");

  @Autowired DemoUsers users;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  final Attempts attempts = new Attempts();

  @Test
  void aComplaintANonCompliantReviewAndASuspensionWithItsLifting() {
    String application = users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    String credential = jdbc.queryForObject("select number from credential", String.class);
    String today = LocalDate.now(NOL).toString();
    assertThat(oversight()).containsEntry("complaintsOpen", 0).containsEntry("suspendedCredentials", 0);

    // 1. A complaint, from its record to the parties told.
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("agencyOri", DemoUsers.DEMO_ORI);
    complaint.put("complaintReceivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).withNano(0).toString());
    complaint.put("complaintSource", "DETAINEE");
    complaint.put("credentialNumber", credential);
    complaint.put("allegation", "USE_OF_FORCE");
    complaint.put("allegationSummary", "Force used while the warrant was served.");
    attempts.refused(send("demo.wso", HttpMethod.POST, "/api/complaints", complaint), HttpStatus.FORBIDDEN, "fo-nol-ero");
    Map<String, Object> noOffset = new HashMap<>(complaint);
    noOffset.put("complaintReceivedAt", "2026-12-01T10:00:00");
    attempts.refused(send("nol.ero", HttpMethod.POST, "/api/complaints", noOffset), HttpStatus.BAD_REQUEST,
        "complaintReceivedAt");

    ResponseEntity<Map> recorded = send("nol.ero", HttpMethod.POST, "/api/complaints", complaint);
    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = (String) recorded.getBody().get("complaintNumber");
    assertThat(number).matches("CMP-\\d{4}-\\d{4}");
    assertThat(recorded.getHeaders().getLocation()).hasPath("/api/complaints/" + number);
    assertThat(oversight()).containsEntry("complaintsOpen", 1).containsEntry("complaintsRecordedLate", 0);

    complete("nol.ero", "userTask_referComplaint", Map.of("oprReference", "OPR-2026-0042", "oprNotifiedOn", today,
        "interimAction", "SUSPEND_OFFICER"));
    assertThat(credentialStatus(credential)).isEqualTo("SUSPENDED");
    assertThat(oversight()).containsEntry("suspendedCredentials", 1)
        .containsEntry("operationalAgenciesWithoutActiveOfficer", 1);

    String outcome = taskId("nol.director", "userTask_recordInvestigationOutcome");
    attempts.refused(attempt("nol.director", outcome, Map.of("investigationOutcome", "MAYBE", "outcomeSummary", "?",
        "officerAction", "NONE")), HttpStatus.BAD_REQUEST, "investigationOutcome");
    complete("nol.director", "userTask_recordInvestigationOutcome", Map.of("investigationOutcome", "EXONERATED",
        "outcomeSummary", "The force used was lawful and in policy.", "officerAction", "REINSTATE"));
    assertThat(credentialStatus(credential)).isEqualTo("ACTIVE");

    complete("nol.director", "userTask_notifyComplaintParties", Map.of("partiesNotifiedOn", today));
    assertThat(get("nol.director", "/api/complaints/" + number).getBody()).containsEntry("status", "RESOLVED")
        .containsEntry("officerAction", "REINSTATE");
    assertThat(oversight()).containsEntry("complaintsOpen", 0).containsEntry("suspendedCredentials", 0);

    // 2. The initial review, found not compliant: plan, correction not made, extension, correction made.
    fireTimer("timerEvent_initialReviewDue");
    assertThat(oversight()).containsEntry("reviewsDue", 1);
    complete("nol.director", "userTask_initialReview", Map.of("compliant", false,
        "findings", "Two detainers were served without an interpreter offered."));
    assertThat(oversight()).containsEntry("findingsNotCorrected", 1).containsEntry("reviewsDue", 0);

    String plan = taskId("demo.sheriff", "userTask_submitCorrectiveActionPlan");
    attempts.refused(attempt("demo.sheriff", plan, Map.of("correctiveActions", "Interpreter roster posted at intake.",
        "correctionDueOn", LocalDate.now(NOL).minusDays(1).toString())), HttpStatus.BAD_REQUEST, "cannot be due in the past");
    assertThat(attempt("demo.sheriff", plan, Map.of("correctiveActions", "Interpreter roster posted at intake; "
        + "refresher for every WSO.", "correctionDueOn", today)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    fireTimer("timerEvent_correctionDue");
    complete("nol.director", "userTask_verifyCorrection", Map.of("corrected", false,
        "findings", "The refresher has not been given yet."));
    attempts.refused(attempt("nol.director", taskId("hq.analyst", "userTask_decideOnNonCompliance"),
        Map.of("nonComplianceDecision", "EXTEND", "correctionDueOn", today)), HttpStatus.FORBIDDEN, null);
    complete("hq.analyst", "userTask_decideOnNonCompliance", Map.of("nonComplianceDecision", "EXTEND",
        "correctionDueOn", today));

    fireTimer("timerEvent_correctionDue");
    complete("nol.director", "userTask_verifyCorrection", Map.of("corrected", true,
        "findings", "Roster posted; every WSO took the refresher."));
    assertThat(oversight()).containsEntry("findingsNotCorrected", 0);

    // 3. ICE's exigent suspension: no service, credentials suspended, until headquarters lifts it.
    String notices = "/api/agreements/" + application + "/notices";
    Map<String, Object> suspension = Map.of("noticeKind", "SUSPENSION", "exigent", true,
        "noticeReason", "Pending an inquiry into the agency's custody records.", "noticeDelivery", "PERSONAL");
    assertThat(send("hq.analyst", HttpMethod.POST, notices, suspension).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    users.runDueContinuations();
    assertThat(credentialStatus(credential)).isEqualTo("SUSPENDED");
    assertThat(moaStatus(application)).isEqualTo("SUSPENDED");
    assertThat(oversight()).containsEntry("suspendedCredentials", 1);
    attempts.refused(send("nol.ero", HttpMethod.POST, "/api/warrants", Attempts.warrant("OVS-0001")),
        HttpStatus.UNPROCESSABLE_ENTITY, null);

    String lift = "/api/agreements/" + application + "/suspension-lift";
    Map<String, Object> reason = Map.of("reason", "The inquiry found the records in order.");
    attempts.refused(send("demo.sheriff", HttpMethod.POST, lift, reason), HttpStatus.FORBIDDEN, "hq-287g");
    attempts.refused(send("nol.director", HttpMethod.POST, lift, reason), HttpStatus.FORBIDDEN, "hq-287g");
    ResponseEntity<Map> lifted = send("hq.analyst", HttpMethod.POST, lift, reason);
    assertThat(lifted.getStatusCode()).as("%s", lifted.getBody()).isEqualTo(HttpStatus.OK);
    users.runDueContinuations();
    assertThat(moaStatus(application)).isEqualTo("ACTIVE");
    assertThat(credentialStatus(credential)).isEqualTo("ACTIVE");
    assertThat(oversight()).containsEntry("suspendedCredentials", 0).containsEntry("noticesPending", 0);
    attempts.refused(send("hq.analyst", HttpMethod.POST, lift, reason), HttpStatus.CONFLICT, null);
    assertThat(send("nol.ero", HttpMethod.POST, "/api/warrants", Attempts.warrant("OVS-0002")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    // The oversight view is for headquarters and the office's director, never for the agency.
    attempts.refused(get("demo.sheriff", "/api/oversight"), HttpStatus.FORBIDDEN, null);
    assertThat(attempts.serverErrors()).isZero();
  }

  /** The totals of the oversight view, as the New Orleans Field Office Director sees them. */
  private Map<String, Object> oversight() {
    ResponseEntity<Map> view = get("nol.director", "/api/oversight");
    assertThat(view.getStatusCode()).as("%s", view.getBody()).isEqualTo(HttpStatus.OK);
    return (Map<String, Object>) view.getBody().get("totals");
  }

  /** The one task of this key the user sees in their Tasklist, by {@code GET /engine-rest/task}. */
  private String taskId(String user, String key) {
    ResponseEntity<List> found = rest.withBasicAuth(user, "demo")
        .getForEntity("/engine-rest/task?taskDefinitionKey=" + key, List.class);
    assertThat(found.getBody()).as("%s sees one %s", user, key).hasSize(1);
    return (String) ((Map<String, Object>) found.getBody().get(0)).get("id");
  }

  /** Claims the user's one task of this key and submits its form, as the Tasklist does; it must succeed. */
  private void complete(String user, String key, Map<String, Object> values) {
    ResponseEntity<Map> answer = attempt(user, taskId(user, key), values);
    assertThat(answer.getStatusCode()).as("%s completing %s: %s", user, key, answer.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> attempt(String user, String taskId, Map<String, Object> values) {
    send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    return send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", Attempts.formSubmission(values));
  }

  /** The administrator runs the timer job now, as the job executor does when its moment comes. */
  private void fireTimer(String activityId) {
    ResponseEntity<List> jobs = rest.withBasicAuth("admin", "demo")
        .getForEntity("/engine-rest/job?timers=true&activityId=" + activityId, List.class);
    assertThat(jobs.getBody()).as("timer %s", activityId).hasSize(1);
    String job = (String) ((Map<String, Object>) jobs.getBody().get(0)).get("id");
    assertThat(send("admin", HttpMethod.POST, "/engine-rest/job/" + job + "/execute", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> send(String user, HttpMethod method, String path, Object body) {
    return Attempts.send(rest, user, method, path, body);
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
  }

  private String credentialStatus(String number) {
    return jdbc.queryForObject("select status from credential where number = ?", String.class, number);
  }

  private String moaStatus(String application) {
    return jdbc.queryForObject("select m.status from moa m join application a on a.id = m.application_id "
        + "where a.number = ?", String.class, application);
  }
}
