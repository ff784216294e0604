package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Rule 8 over HTTP, as a task holder or a clerk who tries to get around the models would: extra
 * variables on a completion, start instructions, job executions and retries, direct variable and
 * instance changes, message correlation and identity links through /engine-rest. Every attempt is a
 * 4xx that says why, the task stays open, the job keeps its retries, and nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:routing-from-the-record;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoutingFromTheRecordTest {

  static final String WARRANT = "RULE8-0001";

  @Autowired DemoUsers users;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  static final Attempts attempts = new Attempts();

  @Test
  @Order(1)
  void aRefusedJobExecutionLeavesTheTimerItsRetries() {
    users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    assertThat(send("nol.ero", HttpMethod.POST, "/api/warrants", Attempts.warrant(WARRANT)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Job timer = releaseTimer();
    assertThat(timer.getRetries()).isEqualTo(3);

    for (int attempt = 0; attempt < 3; attempt++) {
      ResponseEntity<Map> refused = send("nol.ero", HttpMethod.POST, "/engine-rest/job/" + timer.getId() + "/execute", null);
      attempts.refused(refused, HttpStatus.FORBIDDEN, "camunda-admin");
    }
    attempts.refused(send("nol.ero", HttpMethod.PUT, "/engine-rest/job/" + timer.getId() + "/retries", Map.of("retries", 0)),
        HttpStatus.FORBIDDEN, "retries");
    attempts.refused(send("nol.ero", HttpMethod.PUT, "/engine-rest/job/" + timer.getId() + "/duedate",
        Map.of("duedate", "2099-01-01T00:00:00.000+0000")), HttpStatus.FORBIDDEN, "camunda-admin");

    Job after = releaseTimer();
    assertThat(after.getRetries()).isEqualTo(3);
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
  }

  @Test
  @Order(2)
  void startInstructionsAreForAdministratorsOnly() {
    long instances = runtime.createProcessInstanceQuery().processDefinitionKey("warrantService").count();
    long warrants = jdbc.queryForObject("select count(*) from warrant", Long.class);
    Map<String, Object> start = new HashMap<>();
    start.put("variables", typed(Map.of("agencyOri", "LA0990000", "warrantNumber", "RULE8-SKIP")));
    start.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "userTask_serveWarrant")));

    attempts.refused(send("nol.ero", HttpMethod.POST, "/engine-rest/process-definition/key/warrantService/start", start),
        HttpStatus.FORBIDDEN, "startInstructions");

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("warrantService").count()).isEqualTo(instances);
    assertThat(jdbc.queryForObject("select count(*) from warrant", Long.class)).isEqualTo(warrants);
  }

  @Test
  @Order(3)
  void variablesInstancesMessagesAndIdentityLinksAreChangedByAdministratorsOnly() {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(WARRANT).singleResult().getId();

    attempts.refused(send("nol.ero", HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/fieldOfficeCode",
        Map.of("value", "ZZZ", "type", "String")), HttpStatus.FORBIDDEN, "variables");
    attempts.refused(send("nol.ero", HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/variables",
        Map.of("modifications", typed(Map.of("agencyOri", "TX0000000")))), HttpStatus.FORBIDDEN, "variables");
    attempts.refused(send("nol.ero", HttpMethod.POST, "/engine-rest/process-instance/" + instance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "userTask_serveWarrant")))),
        HttpStatus.FORBIDDEN, "camunda-admin");
    attempts.refused(send("nol.ero", HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "Message_WarrantCancelled",
        "all", true)), HttpStatus.FORBIDDEN, "message");
    attempts.refused(send("nol.director", HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null),
        HttpStatus.FORBIDDEN, "camunda-admin");
    assertThat(runtime.getVariable(instance, "fieldOfficeCode")).isEqualTo("NOL");
    assertThat(runtime.getVariable(instance, "agencyOri")).isEqualTo("LA0990000");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);

    ResponseEntity<Map> byAdmin = send("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + instance
        + "/variables/auditNote", Map.of("value", "checked by the administrator", "type", "String"));
    assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(history.createUserOperationLogQuery().processInstanceId(instance).userId("admin").count()).isPositive();
  }

  @Test
  @Order(4)
  void aCompletionMaySetOnlyWhatItsFormDeclaresAndTheTaskStaysOpen() {
    management.executeJob(releaseTimer().getId());
    Task serve = users.task("demo.wso", "userTask_serveWarrant");
    assertThat(send("demo.wso", HttpMethod.POST, "/engine-rest/task/" + serve.getId() + "/claim", Map.of("userId", "demo.wso"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> served = new HashMap<>(Map.of("servedAt", Instant.now().minus(5, ChronoUnit.MINUTES).toString(),
        "interpreterOffered", false, "citizenshipClaimed", true));
    Map<String, Object> rerouted = new HashMap<>(served);
    rerouted.put("fieldOfficeCode", "ZZZ");
    rerouted.put("agencyOri", "TX0000000");
    ResponseEntity<Map> refused = send("demo.wso", HttpMethod.POST, "/engine-rest/task/" + serve.getId() + "/submit-form",
        Map.of("variables", typed(rerouted)));
    attempts.refused(refused, HttpStatus.BAD_REQUEST, "'agencyOri' may not be set here");
    assertThat((String) refused.getBody().get("message")).contains("'fieldOfficeCode' may not be set here");

    Map<String, Object> context = new HashMap<>(served);
    context.put("subjectName", "Somebody Else");
    attempts.refused(send("demo.wso", HttpMethod.POST, "/engine-rest/task/" + serve.getId() + "/complete",
        Map.of("variables", typed(context))), HttpStatus.BAD_REQUEST, "'subjectName' may not be set here");

    attempts.refused(send("demo.wso", HttpMethod.POST, "/engine-rest/task/" + serve.getId() + "/bpmnError",
        Map.of("errorCode", "partnershipInactive", "variables", typed(Map.of("fieldOfficeCode", "ZZZ")))),
        HttpStatus.FORBIDDEN, "BPMN error");

    assertThat(tasks.createTaskQuery().taskId(serve.getId()).count()).as("the serve task stays open").isEqualTo(1);
    assertThat(runtime.getVariable(serve.getProcessInstanceId(), "fieldOfficeCode")).isEqualTo("NOL");
    assertThat(jdbc.queryForObject("select count(*) from warrant_service", Long.class)).isZero();

    ResponseEntity<Map> accepted = send("demo.wso", HttpMethod.POST, "/engine-rest/task/" + serve.getId() + "/submit-form",
        Map.of("variables", typed(served)));
    assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Task review = tasks.createTaskQuery().processInstanceBusinessKey(WARRANT).taskDefinitionKey("userTask_reviewCitizenshipClaim")
        .singleResult();
    assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId).contains("fo-nol-ero")
        .doesNotContain("fo-zzz-ero");
  }

  @Test
  @Order(5)
  void aDirectorOfAnotherFieldOfficeRegistersNoLetterForIt() {
    users.createUser("atl.director", "fo-atl-director");
    long applications = jdbc.queryForObject("select count(*) from application", Long.class);
    Map<String, Object> letter = new HashMap<>(DemoUsers.letterOfInterest());
    letter.put("agencyName", "Other Parish Sheriff's Office");
    letter.put("agencyOri", "LA0980000");
    letter.put("jailFacilityName", "Other Parish Jail");

    attempts.refused(send("atl.director", HttpMethod.POST, "/engine-rest/process-definition/key/wsoParticipation/submit-form",
        Map.of("variables", typed(letter))), HttpStatus.FORBIDDEN, "fo-nol-director");
    Map<String, Object> apiLetter = new HashMap<>(letter);
    attempts.refused(send("atl.director", HttpMethod.POST, "/api/applications", apiLetter), HttpStatus.FORBIDDEN, "fo-nol-director");

    assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(applications);
  }

  @Test
  @Order(6)
  void everyAttemptWasRefusedWithAReasonAndNoneAnsweredAServerError() {
    assertThat(attempts.refused()).isGreaterThanOrEqualTo(14);
    assertThat(attempts.serverErrors()).isZero();
    System.out.printf("Rule 8: %d attempts to get around the models, each refused with a 4xx and a reason, %d answered 5xx%n",
        attempts.refused(), attempts.serverErrors());
  }

  private Job releaseTimer() {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(WARRANT).singleResult().getId();
    return management.createJobQuery().processInstanceId(instance).timers().singleResult();
  }

  private ResponseEntity<Map> send(String user, HttpMethod method, String path, Object body) {
    return Attempts.send(rest, user, method, path, body);
  }

  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof Boolean
        ? Map.of("value", value, "type", "Boolean")
        : value instanceof Number ? Map.of("value", value, "type", "Long") : Map.of("value", String.valueOf(value), "type", "String")));
    return variables;
  }

}
