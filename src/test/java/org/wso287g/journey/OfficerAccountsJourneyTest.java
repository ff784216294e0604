package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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
 * Rule 9 through the running application: nominees e-mailed like an ICE user ({@code nol.ero@...}) or
 * like each other ({@code jsmith@...}) each get a new account of their own; only an administrator's
 * link ({@code POST /api/account-links}) makes an existing user an officer; one user cannot sign both
 * sides of the MOA (a 400 through /engine-rest, not a 500).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:accounts;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class OfficerAccountsJourneyTest {

  static final String WSO_GROUP = "lea-la0990000-wso";

  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void everyNomineeGetsTheirOwnAccountAndOnlyAnAdministratorsLinkEnrolsAnExistingUser() {
    String today = LocalDate.now(ZoneId.of("America/Chicago")).toString();
    // An ICE officer who happens to be called jsmith, and a deputy whose existing account the administrator links.
    users.createUser("jsmith", "fo-nol-ero");
    users.createUser("dana.deputy", "fo-nol-ero");
    identity.deleteMembership("dana.deputy", "fo-nol-ero");
    // A user with both hats: the agency's command staff and ICE's signatory.
    users.createUser("two.hats", "lea-la0990000-command");
    identity.createMembership("two.hats", "ice-signatory");

    // The link endpoint: administrators only, bad input named, then the link.
    ResponseEntity<Map> notAdmin = post("hq.analyst", "/api/account-links",
        Map.of("email", "dana.deputy@demo-parish.invalid", "userId", "dana.deputy"));
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> noSuchUser = post("admin", "/api/account-links",
        Map.of("email", "dana.deputy@demo-parish.invalid", "userId", "dana.deputee"));
    assertThat(noSuchUser.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) noSuchUser.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactly("userId");
    ResponseEntity<Map> unknownField = post("admin", "/api/account-links", Map.of("userId", "dana.deputy", "role", "x"));
    assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> linked = post("admin", "/api/account-links",
        Map.of("email", "Dana.Deputy@demo-parish.invalid", "userId", "dana.deputy"));
    assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(linked.getBody()).containsEntry("email", "dana.deputy@demo-parish.invalid")
        .containsEntry("userId", "dana.deputy").containsEntry("linkedBy", "admin");
    assertThat(post("admin", "/api/account-links", Map.of("email", "other@demo-parish.invalid", "userId",
        "dana.deputy")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    String number = users.start("nol.director", "wsoParticipation", DemoUsers.letterOfInterest()).getBusinessKey();
    users.complete("nol.director", users.task("nol.director", "userTask_reviewRequest"), Map.of("reviewDecision", "APPROVED"));
    users.complete("hq.analyst", users.task("hq.analyst", "userTask_prepareMoa"), Map.of("moaTemplateRevision",
        "Revised 02/15/2025", "fodContactName", "Deputy Field Office Director", "fodContactEmail", "dfod@ice.invalid"));
    users.complete("two.hats", users.task("two.hats", "userTask_signMoaLea"), Map.of("leaSignatoryName", "Demo Sheriff",
        "leaSignatoryTitle", "Sheriff", "leaSignedOn", today));

    // Separation of duties: the same user may not sign for ICE too; a 400 with the reason, the task stays open.
    Task signIce = users.task("two.hats", "userTask_signMoaIce");
    users.as("two.hats", () -> {
      tasks.claim(signIce.getId(), "two.hats");
      return null;
    });
    ResponseEntity<Map> bothSides = post("two.hats", "/engine-rest/task/" + signIce.getId() + "/submit-form",
        Map.of("variables", Map.of("iceSignatoryName", Map.of("value", "Two Hats"), "iceSignedOn", Map.of("value", today))));
    assertThat(bothSides.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) bothSides.getBody().get("message")).isEqualTo("Separation of duties: two.hats recorded the "
        + "agency's signature of the MOA of " + number + " and may not also sign it for ICE.");
    assertThat(jdbc.queryForObject("select status from moa", String.class)).isEqualTo("SIGNED_BY_AGENCY");
    tasks.setAssignee(signIce.getId(), null);
    users.complete("ice.signatory", users.task("ice.signatory", "userTask_signMoaIce"), Map.of("iceSignatoryName",
        "ICE Director designee", "iceSignedOn", today));

    Task nominate = users.task("demo.sheriff", "userTask_nominateCandidates");
    users.as("demo.sheriff", () -> {
      tasks.claim(nominate.getId(), "demo.sheriff");
      tasks.complete(nominate.getId(), Variables.createVariables().putValueTyped("candidates", SpinValues.jsonValue("["
          + candidate("Nola Ero", "D-201", "nol.ero@demo-parish.invalid") + ","
          + candidate("John Smith", "D-202", "jsmith@demo-parish.invalid") + ","
          + candidate("Jane Smith", "D-203", "JSmith@sheriff.demo-parish.invalid") + ","
          + candidate("Dana Deputy", "D-204", "dana.deputy@demo-parish.invalid") + "]").create()));
      return null;
    });
    completeAll("ps.investigator", "userTask_backgroundInvestigation", Map.of("backgroundResult", "CLEARED"));
    completeAll("nol.poc", "userTask_recordTraining", Map.of("trainingDate", today, "trainingHours", 8L,
        "examScore", 85L, "instructor", "nol.poc"));
    completeAll("nol.director", "userTask_signAuthorizationLetter", Map.of("authorizationSignedOn", today));
    users.runDueContinuations();

    Map<String, String> accountByBadge = new java.util.TreeMap<>();
    jdbc.queryForList("select badge_number, user_id from candidate where status = 'CREDENTIALED'")
        .forEach(row -> accountByBadge.put((String) row.get("BADGE_NUMBER"), (String) row.get("USER_ID")));
    assertThat(accountByBadge).containsExactly(Map.entry("D-201", "wso.la0990000.d-201"),
        Map.entry("D-202", "wso.la0990000.d-202"), Map.entry("D-203", "wso.la0990000.d-203"),
        Map.entry("D-204", "dana.deputy"));
    for (String officer : accountByBadge.values()) {
      assertThat(identity.createUserQuery().userId(officer).memberOfGroup(WSO_GROUP).count()).as(officer).isEqualTo(1);
    }
    assertThat(identity.createUserQuery().memberOfGroup(WSO_GROUP).count()).isEqualTo(4);
    // The ICE users named like the nominees' e-mails stay what they were.
    for (String iceUser : List.of("nol.ero", "jsmith")) {
      assertThat(identity.createUserQuery().userId(iceUser).memberOfGroup(WSO_GROUP).count()).as(iceUser).isZero();
      assertThat(identity.createUserQuery().userId(iceUser).memberOfGroup("fo-nol-ero").count()).as(iceUser).isEqualTo(1);
    }
    assertThat(identity.createUserQuery().userId("wso.la0990000.d-202").singleResult().getEmail())
        .isEqualTo("jsmith@demo-parish.invalid");
    assertThat(identity.createUserQuery().userId("wso.la0990000.d-203").singleResult().getEmail())
        .isEqualTo("jsmith@sheriff.demo-parish.invalid");
  }

  private void completeAll(String userId, String key, Map<String, Object> variables) {
    List<Task> open = users.as(userId, () -> tasks.createTaskQuery().taskDefinitionKey(key).list());
    assertThat(open).as("%s sees the %s of every candidate", userId, key).hasSize(4);
    open.forEach(task -> users.complete(userId, task, variables));
  }

  private static String candidate(String name, String badge, String email) {
    return "{\"fullName\":\"" + name + "\",\"badgeNumber\":\"" + badge + "\",\"email\":\"" + email
        + "\",\"usCitizen\":true}";
  }

  private ResponseEntity<Map> post(String userId, String path, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(userId, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }
}
