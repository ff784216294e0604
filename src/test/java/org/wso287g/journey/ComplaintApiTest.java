package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.wso287g.identity.ProgramIdentity;

/**
 * POST and GET /api/complaints (Process 4): recorded through the same start step as the Tasklist's
 * start form, by each group that may, within its reach only; refusals name the fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:complaint-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintApiTest {

  @Autowired DemoUsers users;
  @Autowired ProgramIdentity identity;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  private final Attempts attempts = new Attempts();

  @Test
  @Order(1)
  void withoutCredentialsTheAnswerIs401() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> anonymous = rest.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(complaint(), headers),
        Map.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(count()).isZero();
  }

  @Test
  @Order(2)
  void eroRecordsAComplaintWithItsNumberAndTheAgencySeesWhereItStands() {
    ResponseEntity<Map> recorded = post("nol.ero", complaint());

    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = (String) recorded.getBody().get("complaintNumber");
    assertThat(number).matches("CMP-\\d{4}-\\d{4,}");
    assertThat(recorded.getHeaders().getLocation().toString()).endsWith("/api/complaints/" + number);
    assertThat(recorded.getBody()).containsEntry("status", "RECORDED").containsEntry("recordedLate", false);

    ResponseEntity<Map> seen = rest.withBasicAuth("demo.sheriff", "demo").getForEntity("/api/complaints/" + number, Map.class);
    assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(seen.getBody()).containsEntry("status", "RECORDED").containsEntry("agencyOri", "LA0990000")
        .containsEntry("allegation", "USE_OF_FORCE").containsEntry("recordedLate", false);
    assertThat((List<Map<String, Object>>) seen.getBody().get("steps")).singleElement()
        .satisfies(step -> assertThat(step).containsEntry("step", "RECORDED").containsEntry("by", "nol.ero"));
    assertThat(rest.withBasicAuth("ps.investigator", "demo").getForEntity("/api/complaints/" + number, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'userTask_referComplaint'"
        + " and name_ = 'Refer complaint — Demo Parish Sheriff''s Office (" + number + ")'", Long.class)).isEqualTo(1);
  }

  @Test
  @Order(3)
  void theAgencysCommandStaffTheFieldOfficeDirectorAndHeadquartersMayRecordOneToo() {
    for (String user : List.of("demo.sheriff", "nol.director", "hq.analyst")) {
      assertThat(post(user, complaint()).getStatusCode()).as(user).isEqualTo(HttpStatus.CREATED);
    }
  }

  @Test
  @Order(4)
  void commandStaffOfAnotherAgencyAndAnAgencysOfficersAreRefusedWith403() {
    identity.ensureAgencyGroups("LA0980000", "Other Parish Sheriff's Office");
    users.createUser("other.sheriff", "lea-la0980000-command");
    long before = count();

    attempts.refused(post("other.sheriff", complaint()), HttpStatus.FORBIDDEN,
        "other.sheriff may not record a complaint about the agency LA0990000");
    attempts.refused(post("demo.wso", complaint()), HttpStatus.FORBIDDEN, null);
    assertThat(count()).isEqualTo(before);
    assertThat(attempts.serverErrors()).isZero();
  }

  @Test
  @Order(5)
  void badFieldsAreRefusedWith400NamingEachOne() {
    long before = count();
    Map<String, Object> bad = complaint();
    bad.put("allegation", "KICKING");
    bad.put("complaintSource", null);
    bad.put("credentialNumber", "WSO-LA0990000-0099");
    bad.put("allegationSummary", "");
    assertThat(fields(post("nol.ero", bad)))
        .containsExactlyInAnyOrder("complaintSource", "credentialNumber", "allegation", "allegationSummary");

    Map<String, Object> noOffset = complaint();
    noOffset.put("complaintReceivedAt", "2026-03-20T18:30:00");
    assertThat(fields(post("nol.ero", noOffset))).containsExactly("complaintReceivedAt");

    Map<String, Object> future = complaint();
    future.put("complaintReceivedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString());
    assertThat(fields(post("nol.ero", future))).containsExactly("complaintReceivedAt");

    Map<String, Object> unknownAgency = complaint();
    unknownAgency.put("agencyOri", "LA0000000");
    assertThat(fields(post("nol.ero", unknownAgency))).containsExactly("agencyOri");
    assertThat(count()).isEqualTo(before);
  }

  /** Rule 8: the start form sets only what it declares; the routing comes from the agency's record. */
  @Test
  @Order(6)
  void theStartFormThroughEngineRestRecordsTooAndRefusesAVariableItDoesNotDeclare() {
    long before = count();
    Map<String, Object> variables = new HashMap<>();
    complaint().forEach((name, value) -> variables.put(name, Map.of("value", value == null ? "" : value)));
    String startForm = "/engine-rest/process-definition/key/wsoComplaint/submit-form";

    Map<String, Object> routed = new HashMap<>(variables);
    routed.put("fieldOfficeCode", Map.of("value", "ATL"));
    attempts.refused(Attempts.send(rest, "nol.ero", HttpMethod.POST, startForm, Map.of("variables", routed)),
        HttpStatus.BAD_REQUEST, "fieldOfficeCode");
    assertThat(count()).isEqualTo(before);

    ResponseEntity<Map> started = Attempts.send(rest, "nol.ero", HttpMethod.POST, startForm, Map.of("variables", variables));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((String) started.getBody().get("businessKey")).matches("CMP-\\d{4}-\\d{4,}");
    assertThat(count()).isEqualTo(before + 1);
  }

  private static Map<String, Object> complaint() {
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("agencyOri", "LA0990000");
    complaint.put("complaintReceivedAt", OffsetDateTime.now(ZoneOffset.ofHours(-5)).minusHours(1).withNano(0).toString());
    complaint.put("complaintSource", "DETAINEE");
    complaint.put("credentialNumber", null);
    complaint.put("allegation", "USE_OF_FORCE");
    complaint.put("allegationSummary", "The detainee states force was used during the service of the warrant.");
    return complaint;
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from complaint", Long.class);
  }

  private ResponseEntity<Map> post(String userId, Map<String, Object> body) {
    return Attempts.send(rest, userId, HttpMethod.POST, "/api/complaints", body);
  }

  private static List<String> fields(ResponseEntity<Map> refused) {
    assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, String>>) refused.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
  }
}
