package org.wso287g.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** POST and GET /api/applications through the running application, with good and bad input and the scope rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:application-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class ApplicationApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theAgencyItselfRegistersItsLetterAndSeesWhereItStands() {
    ResponseEntity<Map> created = post("demo.sheriff", letter("LA0990000", "Demo Parish Sheriff's Office"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("applicationNumber");
    assertThat(number).matches("WSO-\\d{4}-\\d{4}");
    assertThat(created.getHeaders().getLocation().toString()).endsWith("/api/applications/" + number);
    assertThat(jdbc.queryForObject("select registered_by from application where number = ?", String.class, number))
        .isEqualTo("demo.sheriff");

    ResponseEntity<Map> view = rest.withBasicAuth("demo.sheriff", "demo").getForEntity(created.getHeaders().getLocation(), Map.class);
    assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody()).containsEntry("number", number).containsEntry("status", "UNDER_REVIEW");
    List<Map<String, Object>> open = (List<Map<String, Object>>) view.getBody().get("openTasks");
    assertThat(open).singleElement().satisfies(task -> {
      assertThat(task).containsEntry("step", "userTask_reviewRequest");
      assertThat((List<String>) task.get("candidateGroups")).containsExactlyInAnyOrder("hq-287g", "fo-nol-director");
    });

    // The same agency again: the duplicate rule, as a conflict.
    ResponseEntity<Map> again = post("demo.sheriff", letter("LA0990000", "Demo Parish Sheriff's Office"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("detail")).contains("already has an open application");

    // Scope: another field office and another agency do not see it.
    assertThat(rest.withBasicAuth("nol.director", "demo").getForEntity("/api/applications/" + number, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("ps.investigator", "demo").getForEntity("/api/applications/" + number, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void badFieldsAreRefusedWithEachFieldNamedAndNothingIsWritten() {
    long before = jdbc.queryForObject("select count(*) from application", Long.class);
    Map<String, Object> bad = letter("LA09", "Bad ORI Sheriff");
    bad.put("contactEmail", "not an address");
    bad.put("requestedOfficerCount", 0);
    ResponseEntity<Map> refused = post("hq.analyst", bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
    List<Map<String, String>> errors = (List<Map<String, String>>) refused.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("field"))
        .as("every refused field, each with its own reason").containsExactlyInAnyOrder("agencyOri", "contactEmail", "requestedOfficerCount");
    assertThat(errors).allSatisfy(e -> assertThat(e.get("reason")).isNotBlank());
    assertThat(errors).extracting(e -> e.get("reason")).doesNotHaveDuplicates();
    assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(before);
  }

  @Test
  void malformedBodiesWrongTypesAndUnknownFieldsAreBadRequests() {
    Map<String, Object> wrongType = letter("LA0970000", "Third Parish Sheriff's Office");
    wrongType.put("requestedOfficerCount", "many");
    assertThat((List<Map<String, String>>) post("hq.analyst", wrongType).getBody().get("errors"))
        .extracting(e -> e.get("field")).containsExactly("requestedOfficerCount");

    Map<String, Object> unknown = letter("LA0970000", "Third Parish Sheriff's Office");
    unknown.put("favouriteColour", "blue");
    ResponseEntity<Map> refused = post("hq.analyst", unknown);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactly("favouriteColour");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth("hq.analyst", "demo").exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>("{not json", headers), Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** Issue 9, point 6: a number with a huge exponent is refused at once, as a number or as text. */
  @Test
  void aHugeOfficerCountIsABadRequestNamingTheField() throws Exception {
    long applications = jdbc.queryForObject("select count(*) from application", Long.class);
    String letter = new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(letter("LA0970000", "Third Parish Sheriff's Office"));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    for (String count : List.of("1e999999999", "\"1e999999999\"", "2147483648", "9".repeat(5000))) {
      ResponseEntity<Map> refused = rest.withBasicAuth("hq.analyst", "demo").exchange("/api/applications",
          HttpMethod.POST, new HttpEntity<>(letter.replace("\"requestedOfficerCount\":4",
              "\"requestedOfficerCount\":" + count), headers), Map.class);
      String label = count.substring(0, Math.min(20, count.length()));
      assertThat(refused.getStatusCode()).as(label).isEqualTo(HttpStatus.BAD_REQUEST);
      if (count.length() > 1000) {
        // Jackson's own limit on number length stops it before it knows the field.
        assertThat(refused.getBody()).containsEntry("detail", "A value in the body is longer than this request allows.");
      } else {
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).as(label)
            .extracting(e -> e.get("field")).containsExactly("requestedOfficerCount");
      }
    }
    assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(applications);
  }

  @Test
  void anotherAgencyMayNotRegisterALetterForThisOne() {
    ResponseEntity<Map> refused = post("demo.sheriff", letter("LA0960000", "Fourth Parish Sheriff's Office"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void missingOrWrongCredentialsAreA401ProblemThatSaysHowToSignIn() {
    for (ResponseEntity<Map> refused : List.of(rest.postForEntity("/api/applications", Map.of(), Map.class),
        rest.withBasicAuth("nol.director", "wrong").getForEntity("/api/applications/WSO-2026-0001", Map.class))) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
      assertThat(refused.getBody()).containsEntry("status", 401).containsEntry("title", "Unauthorized");
      assertThat((String) refused.getBody().get("detail")).contains("HTTP Basic");
    }
  }

  private ResponseEntity<Map> post(String userId, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(userId, "demo").exchange("/api/applications", HttpMethod.POST, new HttpEntity<>(body, headers),
        Map.class);
  }

  private static Map<String, Object> letter(String ori, String name) {
    Map<String, Object> letter = new HashMap<>();
    letter.put("agencyName", name);
    letter.put("agencyOri", ori);
    letter.put("agencyState", "LA");
    letter.put("agencyCounty", "Demo Parish");
    letter.put("jailFacilityName", "Demo Parish Correctional Center");
    letter.put("fieldOfficeCode", "NOL");
    letter.put("requestedOfficerCount", 4);
    letter.put("letterDate", LocalDate.now(ZoneId.of("America/Chicago")).toString());
    letter.put("contactName", "Chief Deputy");
    letter.put("contactEmail", "chief@demo-parish.invalid");
    return letter;
  }
}
