package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * The participation path through the running application, as the demo users of the default profile:
 * from the letter of interest to an operational agency with a credentialed officer, with the
 * visibility rule (a user sees only the tasks of their own groups) and a refusal through /engine-rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:journey;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class ParticipationJourneyTest {

  static final String DEMO_ORI = "LA0990000";

  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired FormService forms;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void demoAgencyGoesFromLetterOfInterestToOperationalWithACredentialedOfficer() {
    String today = LocalDate.now(ZoneId.of("America/Chicago")).toString();
    ProcessInstance instance = users.start("nol.director", "wsoParticipation", DemoUsers.letterOfInterest());
    String number = instance.getBusinessKey();
    assertThat(number).matches("WSO-\\d{4}-\\d{4}");

    // Visibility: the NOL director sees the review; a director of another field office does not.
    users.createUser("atl.director", "fo-atl-director");
    assertThat(users.visibleTaskKeys("atl.director")).isEmpty();
    assertThat(users.visibleTaskKeys("demo.sheriff")).isEmpty();
    Task review = users.task("nol.director", "userTask_reviewRequest");
    assertThat(review.getName()).contains("Demo Parish Sheriff's Office").contains(number);

    users.complete("nol.director", review, Map.of("reviewDecision", "APPROVED"));
    users.complete("hq.analyst", users.task("hq.analyst", "userTask_prepareMoa"), Map.of("moaTemplateRevision", "Revised 02/15/2025",
        "fodContactName", "Deputy Field Office Director", "fodContactEmail", "dfod@ice.invalid"));
    users.complete("demo.sheriff", users.task("demo.sheriff", "userTask_signMoaLea"), Map.of("leaSignatoryName", "Demo Sheriff",
        "leaSignatoryTitle", "Sheriff", "leaSignedOn", today));
    users.complete("ice.signatory", users.task("ice.signatory", "userTask_signMoaIce"), Map.of("iceSignatoryName",
        "ICE Director designee", "iceSignedOn", today));
    assertThat(jdbc.queryForObject("select status from moa", String.class)).isEqualTo("ACTIVE");

    Task nominate = users.task("demo.sheriff", "userTask_nominateCandidates");
    users.as("demo.sheriff", () -> {
      tasks.claim(nominate.getId(), "demo.sheriff");
      tasks.complete(nominate.getId(), Variables.createVariables().putValueTyped("candidates", SpinValues.jsonValue(
          "[{\"fullName\":\"Dana Officer\",\"badgeNumber\":\"D-101\",\"email\":\"dana.officer@demo-parish.invalid\","
              + "\"usCitizen\":true}]").create()));
      return null;
    });

    users.complete("ps.investigator", users.task("ps.investigator", "userTask_backgroundInvestigation"),
        Map.of("backgroundResult", "CLEARED"));

    // A refusal through /engine-rest: 400 with the reason, and the task stays open.
    Task training = users.task("nol.poc", "userTask_recordTraining");
    ResponseEntity<Map> refused = rest.withBasicAuth("nol.poc", "demo").exchange(
        "/engine-rest/task/" + training.getId() + "/submit-form", HttpMethod.POST,
        json(Map.of("variables", Map.of(
            "trainingDate", Map.of("value", today), "trainingHours", Map.of("value", 7.5, "type", "Double"),
            "examScore", Map.of("value", 85, "type", "Integer"), "instructor", Map.of("value", "nol.poc")))),
        Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).isEqualTo("The training record needs at least 8 hours; 7.5 were entered.");
    assertThat(tasks.createTaskQuery().taskId(training.getId()).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from training_attempt", Long.class)).isZero();

    users.complete("nol.poc", training, Map.of("trainingDate", today, "trainingHours", 8L, "examScore", 85L,
        "instructor", "nol.poc"));
    users.complete("nol.director", users.task("nol.director", "userTask_signAuthorizationLetter"),
        Map.of("authorizationSignedOn", today));
    // The finished vetting continues asynchronously (the job executor is off in this test).
    users.runDueContinuations();

    assertThat(jdbc.queryForObject("select status from agency where ori = ?", String.class, DEMO_ORI))
        .isEqualTo("OPERATIONAL");
    assertThat(jdbc.queryForObject("select status from credential", String.class)).isEqualTo("ACTIVE");
    assertThat(jdbc.queryForObject("select status from candidate", String.class)).isEqualTo("CREDENTIALED");
    // Rule 9: a new account named after the agency and badge, recorded on the candidate
    assertThat(jdbc.queryForObject("select user_id from candidate", String.class)).isEqualTo("wso.la0990000.d-101");
    assertThat(identity.createUserQuery().userId("wso.la0990000.d-101").memberOfGroup("lea-la0990000-wso").count())
        .isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).activityIdIn(
        "timerEvent_initialReviewDue").count()).isEqualTo(1);
    assertThat(jdbc.queryForMap("select registered_by, reviewed_by from application where number = ?", number))
        .containsEntry("REGISTERED_BY", "nol.director").containsEntry("REVIEWED_BY", "nol.director");
  }

  @Test
  void aSecondLetterOfTheSameAgencyEndsAsADuplicateAndTheFirstStaysOpen() {
    Map<String, Object> letter = new java.util.HashMap<>(DemoUsers.letterOfInterest());
    letter.put("agencyOri", "LA0980000");
    letter.put("agencyName", "Second Parish Sheriff's Office");
    String first = users.start("nol.director", "wsoParticipation", letter).getBusinessKey();

    ProcessInstance duplicate = users.start("nol.director", "wsoParticipation", letter);

    assertThat(duplicate.isEnded()).isTrue();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(duplicate.getId())
        .activityId("endEvent_duplicateRejected").count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from application a join agency g on g.id = a.agency_id "
        + "where g.ori = 'LA0980000'", Long.class)).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first).count()).isEqualTo(1);
    // The other tests of this class share the database: leave no open review behind.
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first).singleResult()
        .getId(), "test finished");
  }

  @Test
  void engineRestRequiresAuthentication() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // A wrong password also locks the user for a few seconds (Camunda's login throttling): use a user
    // no other check here needs.
    assertThat(rest.withBasicAuth("ps.investigator", "wrong").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("nol.director", "demo").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void agencyCommandStaffCannotRegisterALetterInTheTasklist() {
    assertThatThrownBy(() -> users.start("demo.sheriff", "wsoParticipation", Map.of()))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aLetterWithABadOriIsRefusedWithABadRequestOnEveryStartEndpoint() {
    Map<String, Object> letter = Map.of("variables", Map.of(
        "agencyName", Map.of("value", "Demo Parish Sheriff's Office"), "agencyOri", Map.of("value", "LA09"),
        "agencyState", Map.of("value", "LA"), "agencyCounty", Map.of("value", "Demo Parish"),
        "jailFacilityName", Map.of("value", "Demo Parish Correctional Center"), "fieldOfficeCode", Map.of("value", "NOL"),
        "requestedOfficerCount", Map.of("value", 4, "type", "Integer"),
        "letterDate", Map.of("value", LocalDate.now(ZoneId.of("America/Chicago")).toString()),
        "contactName", Map.of("value", "Chief Deputy"), "contactEmail", Map.of("value", "chief@demo-parish.invalid")));
    long instancesBefore = runtime.createProcessInstanceQuery().count();
    long applicationsBefore = jdbc.queryForObject("select count(*) from application", Long.class);
    for (String endpoint : List.of("submit-form", "start")) {
      ResponseEntity<Map> refused = rest.withBasicAuth("nol.director", "demo").exchange(
          "/engine-rest/process-definition/key/wsoParticipation/" + endpoint, HttpMethod.POST, json(letter), Map.class);
      assertThat(refused.getStatusCode()).as(endpoint).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) refused.getBody().get("message")).as(endpoint).startsWith("The ORI must be 9 characters");
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(applicationsBefore);
  }

  private HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
