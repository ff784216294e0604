package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * From an application to a served warrant with the demo users: demo.wso becomes an officer only by
 * vetting, nol.ero lodges a warrant, the authority guard refuses everybody else through /engine-rest,
 * demo.wso serves, nol.ero takes custody (demo.wso may not). A warrant nobody serves in time goes to the
 * command staff for release. Then ICE withdraws demo.wso's authority, and finally the MOA's termination
 * stops the warrants not yet served. The steps build on each other, in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:warrant-journey;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarrantJourneyTest {

  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @Test
  @Order(1)
  void demoWsoServesAWarrantLodgedByEroAndNobodyElseCan() {
    String application = users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    assertThat(application).startsWith("WSO-");
    assertThat(identity.createUserQuery().userId("demo.wso").memberOfGroup("lea-la0990000-wso").count()).isEqualTo(1);

    users.start("nol.ero", "warrantService", warrant("ICE-2026-0001"));
    // The same warrant again (a retried request) is refused and changes nothing.
    ResponseEntity<Map> again = rest.withBasicAuth("nol.ero", "demo").exchange(
        "/engine-rest/process-definition/key/warrantService/submit-form", HttpMethod.POST,
        json(Map.of("variables", Attempts.formVariables(warrant("ICE-2026-0001")))), Map.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) again.getBody().get("message")).contains("already lodged");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("warrantService").count()).isEqualTo(1);

    releaseTimeArrives();
    Task serve = users.task("demo.wso", "userTask_serveWarrant");
    assertThat(users.visibleTaskKeys("demo.sheriff")).doesNotContain("userTask_serveWarrant");
    assertThat(users.visibleTaskKeys("nol.ero")).doesNotContain("userTask_serveWarrant");

    // Every way around the guard fails, with the reason.
    assertThat(post("demo.sheriff", "/task/" + serve.getId() + "/claim", Map.of("userId", "demo.sheriff"))
        .getStatusCode().is4xxClientError()).isTrue();
    ResponseEntity<Map> assigned = post("admin", "/task/" + serve.getId() + "/assignee", Map.of("userId", "demo.sheriff"));
    assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) assigned.getBody().get("message")).contains("demo.sheriff holds no WSO credential");
    // The same in the Tasklist (its own engine API, behind a signed-in session): 400 with the reason too.
    ResponseEntity<Map> assignedInTasklist = TasklistSession.signIn(rest, "admin", "demo")
        .post("/task/" + serve.getId() + "/assignee", Map.of("userId", "demo.sheriff"));
    assertThat(assignedInTasklist.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) assignedInTasklist.getBody().get("message")).contains("demo.sheriff holds no WSO credential");
    ResponseEntity<Map> completedByAdmin = post("admin", "/task/" + serve.getId() + "/submit-form",
        Map.of("variables", Attempts.formVariables(served(false))));
    assertThat(completedByAdmin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) completedByAdmin.getBody().get("message")).contains("admin holds no WSO credential");
    assertThat(tasks.createTaskQuery().taskId(serve.getId()).singleResult().getAssignee()).isNull();

    assertThat(post("demo.wso", "/task/" + serve.getId() + "/claim", Map.of("userId", "demo.wso")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post("demo.wso", "/task/" + serve.getId() + "/submit-form", Map.of("variables", Attempts.formVariables(served(false))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Task custody = users.task("nol.ero", "userTask_assumeCustody");
    // Rule 9: the officer who served may not record the custody, even as a member of the ERO group.
    identity.createMembership("demo.wso", "fo-nol-ero");
    try {
      ResponseEntity<Map> custodyByServer = post("demo.wso", "/task/" + custody.getId() + "/submit-form",
          Map.of("variables", Attempts.formVariables(Map.of("custodyAssumedAt", Instant.now().toString()))));
      assertThat(custodyByServer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) custodyByServer.getBody().get("message")).contains("demo.wso served this warrant");
    } finally {
      identity.deleteMembership("demo.wso", "fo-nol-ero");
    }
    users.complete("nol.ero", custody, Map.of("custodyAssumedAt", Instant.now().toString()));

    assertThat(jdbc.queryForObject("select status from warrant where number = 'ICE-2026-0001'", String.class))
        .isEqualTo("TRANSFERRED");
    assertThat(jdbc.queryForMap("select s.officer_user_id, c.number from warrant_service s join credential c "
        + "on c.id = s.credential_id")).containsEntry("OFFICER_USER_ID", "demo.wso").containsEntry("NUMBER", "WSO-LA0990000-0001");
    assertThat(jdbc.queryForObject("select recipient_group from ice_notification", String.class)).isEqualTo("fo-nol-ero");
    assertThat(jdbc.queryForMap("select outcome, recorded_by from custody_outcome"))
        .containsEntry("OUTCOME", "TRANSFERRED").containsEntry("RECORDED_BY", "nol.ero");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("warrantService").count()).isZero();
  }

  @Test
  @Order(2)
  void aWarrantNobodyServesWithinTheServiceWindowGoesToTheCommandStaffForRelease() {
    users.start("nol.ero", "warrantService", warrant("ICE-2026-0005"));
    releaseTimeArrives();
    Task serve = users.task("demo.wso", "userTask_serveWarrant");

    management.createJobQuery().timers().activityId("boundaryEvent_notServedInTime").list()
        .forEach(job -> management.executeJob(job.getId()));

    assertThat(tasks.createTaskQuery().taskId(serve.getId()).count()).as("the serve task is withdrawn").isZero();
    assertThat(users.visibleTaskKeys("demo.wso")).doesNotContain("userTask_serveWarrant");
    Task release = users.task("demo.sheriff", "userTask_releaseUnserved");
    ResponseEntity<Map> future = post("demo.sheriff", "/task/" + release.getId() + "/submit-form",
        Map.of("variables", Attempts.formVariables(Map.of("releasedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()))));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) future.getBody().get("message")).contains("cannot be in the future");
    assertThat(post("demo.sheriff", "/task/" + release.getId() + "/submit-form", Map.of("variables", Attempts.formVariables(Map.of(
        "releasedAt", Instant.now().minusSeconds(10).toString(), "releaseNotes", "Released at the end of the sentence"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(jdbc.queryForMap("select status, status_reason from warrant where number = 'ICE-2026-0005'"))
        .containsEntry("STATUS", "RELEASED_UNSERVED");
    assertThat(jdbc.queryForMap("select o.outcome, o.recorded_by from custody_outcome o join warrant w on w.id = o.warrant_id"
        + " where w.number = 'ICE-2026-0005'")).containsEntry("OUTCOME", "RELEASED_UNSERVED")
        .containsEntry("RECORDED_BY", "demo.sheriff");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("ICE-2026-0005").singleResult()
        .getEndActivityId()).isEqualTo("endEvent_releasedUnserved");
  }

  @Test
  @Order(3)
  void anOfficerWhoseAuthorityIsWithdrawnCanNoLongerServe() {
    users.start("nol.ero", "warrantService", warrant("ICE-2026-0002"));
    releaseTimeArrives();
    Task serve = users.task("demo.wso", "userTask_serveWarrant");
    users.as("demo.wso", () -> {
      tasks.claim(serve.getId(), "demo.wso");
      return null;
    });

    users.start("nol.director", "officerAuthorityWithdrawal", Map.of("credentialNumber", "WSO-LA0990000-0001",
        "withdrawalReason", "Complaint under investigation"));

    assertThat(jdbc.queryForObject("select status from credential", String.class)).isEqualTo("WITHDRAWN");
    assertThat(identity.createUserQuery().userId("demo.wso").memberOfGroup("lea-la0990000-wso").count()).isZero();
    assertThat(tasks.createTaskQuery().taskId(serve.getId()).singleResult().getAssignee()).as("handed back").isNull();
    assertThat(tasks.getTaskComments(serve.getId())).anyMatch(c -> c.getFullMessage().contains("withdrawn"));
    assertThat(users.visibleTaskKeys("demo.wso")).isEmpty();
    // The withdrawn credential, ICE property, waits for its return to the field office.
    assertThat(users.task("nol.poc", "userTask_recordCredentialReturn").getName()).contains("WSO-LA0990000-0001");
    ResponseEntity<Map> assigned = post("admin", "/task/" + serve.getId() + "/assignee", Map.of("userId", "demo.wso"));
    assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) assigned.getBody().get("message")).contains("was withdrawn");

    // With no officer left, a new warrant is refused instead of waiting for nobody.
    var orphan = users.start("nol.ero", "warrantService", warrant("ICE-2026-0004"));
    assertThat(orphan.isEnded()).isTrue();
    assertThat(jdbc.queryForObject("select status_reason from warrant where number = 'ICE-2026-0004'", String.class))
        .contains("has no Warrant Service Officer with an active credential");
  }

  @Test
  @Order(4)
  void terminatingTheMoaStopsTheWarrantsNotYetServed() {
    runtime.createMessageCorrelation("Message_TerminationNotice").processInstanceBusinessKey(
            jdbc.queryForObject("select number from application", String.class))
        .setVariable("noticeFrom", "LEA").setVariable("noticeKind", "TERMINATION")
        .setVariable("noticeReason", "County ends the agreement").setVariable("exigent", true).correlate();
    users.runDueContinuations();

    assertThat(jdbc.queryForObject("select status from moa", String.class)).isEqualTo("TERMINATED");
    assertThat(jdbc.queryForMap("select status, status_reason from warrant where number = 'ICE-2026-0002'"))
        .containsEntry("STATUS", "STOPPED");
    assertThat((String) jdbc.queryForObject("select status_reason from warrant where number = 'ICE-2026-0002'",
        String.class)).contains("County ends the agreement");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("warrantService").count()).isZero();
  }

  @Test
  @Order(5)
  void aWarrantForAnAgencyWhoseMoaEndedIsRefusedWithTheReasonKept() {
    var instance = users.start("nol.ero", "warrantService", warrant("ICE-2026-0003"));

    assertThat(instance.isEnded()).isTrue();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("endEvent_refused").count()).isEqualTo(1);
    assertThat(jdbc.queryForMap("select status, status_reason from warrant where number = 'ICE-2026-0003'"))
        .containsEntry("STATUS", "REFUSED");
    assertThat(jdbc.queryForObject("select status_reason from warrant where number = 'ICE-2026-0003'", String.class))
        .contains("not an operational WSO partner");
  }

  private void releaseTimeArrives() {
    management.createJobQuery().timers().activityId("timerEvent_scheduledRelease").list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private static Map<String, Object> warrant(String number) {
    return Variables.createVariables()
        .putValue("agencyOri", DemoUsers.DEMO_ORI).putValue("facilityName", DemoUsers.DEMO_JAIL)
        .putValue("subjectName", "John Roe").putValue("subjectBookingNumber", "B-2026-1001")
        .putValue("warrantType", "I-200").putValue("warrantNumber", number)
        .putValue("warrantIssuedOn", LocalDate.now(ZoneId.of("America/Chicago")).toString()).putValue("issuingOfficer", "SDDO Example")
        .putValue("scheduledReleaseAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
  }

  private static Map<String, Object> served(boolean citizenshipClaimed) {
    return Map.of("servedAt", Instant.now().minusSeconds(30).toString(), "interpreterOffered", true,
        "interpreterName", "A. Interpreter", "citizenshipClaimed", citizenshipClaimed);
  }


  private ResponseEntity<Map> post(String userId, String path, Map<String, Object> body) {
    return rest.withBasicAuth(userId, "demo").exchange("/engine-rest" + path, HttpMethod.POST, json(body), Map.class);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
