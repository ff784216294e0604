package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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
 * Rules 10 and 11 over HTTP, as the demo users work through /engine-rest: training dated before the
 * clearance is refused; a candidate who failed the exam and its retake is disqualified under the MOA,
 * and nominating the same person again (same badge, or same e-mail) is refused with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:exam-attempts;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExamAttemptsTest {

  static final String TODAY = LocalDate.now(ZoneId.of("America/Chicago")).toString();
  static final String CANDIDATE = "{\"fullName\":\"Pat Retake\",\"badgeNumber\":\"R-7\",\"email\":\"pat.retake@demo-parish.invalid\","
      + "\"usCitizen\":true}";

  @Autowired DemoUsers users;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  static final Attempts attempts = new Attempts();

  @Test
  @Order(1)
  void trainingCannotBeDatedBeforeTheClearance() {
    ResponseEntity<Map> letter = Attempts.send(rest, "demo.sheriff", HttpMethod.POST, "/api/applications",
        new HashMap<>(DemoUsers.letterOfInterest()));
    assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    complete("nol.director", "userTask_reviewRequest", Map.of("reviewDecision", "APPROVED"));
    complete("hq.analyst", "userTask_prepareMoa", Map.of("moaTemplateRevision", "Revised 02/15/2025",
        "fodContactName", "Deputy Field Office Director", "fodContactEmail", "dfod@ice.invalid"));
    complete("demo.sheriff", "userTask_signMoaLea", Map.of("leaSignatoryName", "Demo Sheriff", "leaSignatoryTitle", "Sheriff",
        "leaSignedOn", TODAY));
    complete("ice.signatory", "userTask_signMoaIce", Map.of("iceSignatoryName", "ICE Director designee", "iceSignedOn", TODAY));
    nominate(CANDIDATE);
    complete("ps.investigator", "userTask_backgroundInvestigation", Map.of("backgroundResult", "CLEARED"));

    String yesterday = LocalDate.parse(TODAY).minusDays(1).toString();
    attempts.refused(submit("nol.poc", "userTask_recordTraining", Map.of("trainingDate", yesterday, "trainingHours", 8,
        "examScore", 85, "instructor", "nol.poc")), HttpStatus.BAD_REQUEST, "cannot be dated before the background clearance");
    assertThat(users.visibleTaskKeys("nol.poc")).containsExactly("userTask_recordTraining");
  }

  @Test
  @Order(2)
  void aCandidateWhoFailedTheExamTwiceIsNotNominatedAgainUnderTheSameMoa() {
    complete("nol.poc", "userTask_recordTraining", Map.of("trainingDate", TODAY, "trainingHours", 8, "examScore", 55,
        "instructor", "nol.poc"));
    complete("nol.poc", "userTask_recordRetake", Map.of("retakeDate", TODAY, "retakeScore", 60, "retakeInstructor", "nol.poc"));
    users.runDueContinuations();
    assertThat(jdbc.queryForObject("select status from candidate where badge_number = 'R-7'", String.class))
        .isEqualTo("DISQUALIFIED");

    Task nominateAgain = users.task("demo.sheriff", "userTask_nominateCandidates");
    attempts.refused(nomination(nominateAgain, CANDIDATE), HttpStatus.BAD_REQUEST, "Pat Retake");
    String sameEmail = CANDIDATE.replace("\"R-7\"", "\"R-8\"").replace("Pat Retake", "Patricia Retake");
    attempts.refused(nomination(nominateAgain, sameEmail), HttpStatus.BAD_REQUEST, "pat.retake@demo-parish.invalid");

    assertThat(tasks.createTaskQuery().taskId(nominateAgain.getId()).count()).as("the nomination stays open").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from candidate", Long.class)).isEqualTo(1);
    assertThat(attempts.serverErrors()).isZero();
    System.out.printf("Rules 10-11: %d refused attempts, %d answered 5xx%n", attempts.refused(), attempts.serverErrors());
  }

  private void nominate(String candidate) {
    Task task = users.task("demo.sheriff", "userTask_nominateCandidates");
    assertThat(nomination(task, candidate).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> nomination(Task task, String candidate) {
    claim("demo.sheriff", task);
    return Attempts.send(rest, "demo.sheriff", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", Map.of("candidateCount", Map.of("value", 1, "type", "Long"),
            "candidates", Map.of("value", "[" + candidate + "]", "type", "Json"))));
  }

  private void complete(String user, String taskKey, Map<String, Object> values) {
    ResponseEntity<Map> done = submit(user, taskKey, values);
    assertThat(done.getStatusCode()).as("%s %s: %s", user, taskKey, done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<Map> submit(String user, String taskKey, Map<String, Object> values) {
    Task task = users.task(user, taskKey);
    claim(user, task);
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value,
        "type", value instanceof Integer ? "Long" : "String")));
    return Attempts.send(rest, user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", variables));
  }

  private void claim(String user, Task task) {
    if (tasks.createTaskQuery().taskId(task.getId()).taskAssignee(user).count() == 0) {
      Attempts.send(rest, user, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
    }
  }
}
