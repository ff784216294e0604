package org.wso287g.oversight.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * GET /api/oversight through the running application, on a seeded situation: in New Orleans ALPHA
 * (operational, an active and a suspended credential, a withdrawn one not returned, an overdue annual review
 * task) and BRAVO (operational with no credential, a notice pending, an initial review task not yet due); in
 * Houston DELTA (operational with no credential). The review tasks are open tasks of the engine with the
 * review steps' ids, in a process started with the application number as business key, as wsoParticipation's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oversight-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @BeforeAll
  void seededSituation() {
    long alpha = agency("ALPHA", "LA", "NOL");
    long bravo = agency("BRAVO", "MS", "NOL");
    agency("DELTA", "TX", "HOU");
    credential(alpha, "A1", "ACTIVE");
    credential(alpha, "A2", "SUSPENDED");
    credential(alpha, "A3", "WITHDRAWN");
    application(alpha, "APP-ALPHA");
    application(bravo, "APP-BRAVO");
    jdbc.update("insert into moa (agency_id, model, status, effective_on, source) values (?, 'WSO', 'ACTIVE', ?, 'ICE_LIST')",
        bravo, LocalDate.parse("2024-06-01"));
    long moa = jdbc.queryForObject("select id from moa where agency_id = ?", Long.class, bravo);
    jdbc.update("insert into agreement_notice (moa_id, notice_from, kind, reason, exigent, received_on, effective_at, "
        + "status, given_by, given_at) values (?, 'ICE', 'TERMINATION', 'Findings not corrected', false, ?, ?, 'PENDING', "
        + "'hq.analyst', ?)", moa, LocalDate.now(), OffsetDateTime.parse("2999-06-18T05:00:00Z"), OffsetDateTime.now());

    reviewTask("oversightTestAnnualReview", "userTask_annualComplianceReview", "2020-01-01T00:00:00", "APP-ALPHA");
    reviewTask("oversightTestInitialReview", "userTask_initialReview", "2999-01-01T00:00:00", "APP-BRAVO");
  }

  @Test
  void headquartersSeeEveryFieldOffice() {
    ResponseEntity<Map> national = get("hq.analyst", "/api/oversight");

    assertThat(national.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = national.getBody();
    assertThat(body).containsEntry("national", true);
    assertThat(list(body, "fieldOffices")).hasSize(25);
    Map<String, Object> totals = (Map<String, Object>) body.get("totals");
    assertThat(totals).containsEntry("reviewsDue", 2).containsEntry("reviewsOverdue", 1)
        .containsEntry("suspendedCredentials", 1).containsEntry("credentialsNotReturned", 1)
        .containsEntry("operationalAgenciesWithoutActiveOfficer", 2).containsEntry("noticesPending", 1);
    assertThat(totals.get("findingsNotCorrected")).isInstanceOf(Integer.class);
    assertThat(totals.get("complaintsOpen")).isInstanceOf(Integer.class);
    assertThat(body).doesNotContainKeys("findingsRecorded", "complaintsRecorded");

    Map<String, Object> nol = office(body, "NOL");
    assertThat(list(nol, "agencies")).extracting(a -> a.get("name")).containsExactly("ALPHA", "BRAVO");
    Map<String, Object> alpha = list(nol, "agencies").get(0);
    assertThat((Map<String, Object>) alpha.get("totals")).containsEntry("reviewsDue", 1).containsEntry("reviewsOverdue", 1)
        .containsEntry("suspendedCredentials", 1).containsEntry("credentialsNotReturned", 1)
        .containsEntry("operationalAgenciesWithoutActiveOfficer", 0);
    Map<String, Object> bravo = list(nol, "agencies").get(1);
    assertThat((Map<String, Object>) bravo.get("totals")).containsEntry("reviewsDue", 1).containsEntry("reviewsOverdue", 0)
        .containsEntry("operationalAgenciesWithoutActiveOfficer", 1).containsEntry("noticesPending", 1);
    assertThat(list(bravo, "pendingNotices")).singleElement().satisfies(notice -> assertThat(notice)
        .containsEntry("noticeFrom", "ICE").containsEntry("kind", "TERMINATION")
        .containsEntry("effectiveAt", "2999-06-18T05:00:00Z"));
    assertThat(list(office(body, "HOU"), "agencies")).extracting(a -> a.get("name")).containsExactly("DELTA");

    ResponseEntity<Map> houston = get("hq.analyst", "/api/oversight?fieldOffice=hou");
    assertThat(list(body(houston), "fieldOffices")).extracting(f -> f.get("code")).containsExactly("HOU");
    assertThat(houston.getBody()).containsEntry("national", false);
  }

  @Test
  void aDirectorSeesTheirOwnOfficeAndIsRefusedAnother() {
    ResponseEntity<Map> own = get("nol.director", "/api/oversight");
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list(body(own), "fieldOffices")).extracting(f -> f.get("code")).containsExactly("NOL");
    assertThat((Map<String, Object>) own.getBody().get("totals")).containsEntry("reviewsOverdue", 1)
        .containsEntry("operationalAgenciesWithoutActiveOfficer", 1);

    ResponseEntity<Map> other = get("nol.director", "/api/oversight?fieldOffice=HOU");
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(other.getBody()).containsEntry("detail", "nol.director may not see the oversight view of field office "
        + "HOU: that is for camunda-admin, hq-287g, fo-hou-director.");
  }

  @Test
  void agenciesOtherGroupsAndStrangersAreRefused() {
    ResponseEntity<Map> sheriff = get("demo.sheriff", "/api/oversight");
    assertThat(sheriff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sheriff.getBody()).containsEntry("detail", "demo.sheriff may not see the oversight view of the program: "
        + "that is for camunda-admin, hq-287g, fo-{fo}-director.");
    assertThat(get("demo.sheriff", "/api/oversight?fieldOffice=NOL").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("nol.ero", "/api/oversight").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/oversight", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<Map> unknown = get("hq.analyst", "/api/oversight?fieldOffice=XYZ");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list(body(unknown), "errors")).extracting(e -> e.get("field")).containsExactly("fieldOffice");
  }

  private ResponseEntity<Map> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
  }

  private static Map<String, Object> body(ResponseEntity<Map> response) {
    return response.getBody();
  }

  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }

  private static Map<String, Object> office(Map<String, Object> body, String code) {
    return list(body, "fieldOffices").stream().filter(f -> code.equals(f.get("code"))).findFirst().orElseThrow();
  }

  private void reviewTask(String processId, String step, String dueDate, String applicationNumber) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId).camundaHistoryTimeToLive(1)
        .startEvent().userTask(step).camundaDueDate(dueDate).endEvent().done();
    repository.createDeployment().addModelInstance(processId + ".bpmn", model).deploy();
    runtime.startProcessInstanceByKey(processId, applicationNumber);
  }

  private long agency(String name, String state, String fieldOffice) {
    jdbc.update("insert into agency (name, state, field_office_code, status, created_at) values (?, ?, ?, 'OPERATIONAL', ?)",
        name, state, fieldOffice, OffsetDateTime.parse("2024-01-01T00:00:00Z"));
    return jdbc.queryForObject("select id from agency where name = ?", Long.class, name);
  }

  private long application(long agency, String number) {
    jdbc.update("insert into application (number, agency_id, status, requested_officer_count, letter_date, "
        + "contact_name, contact_email, registered_by, registered_at) values (?, ?, 'APPROVED', 1, ?, 'c', 'c@x.gov', 'u', ?)",
        number, agency, LocalDate.of(2024, 1, 1), OffsetDateTime.parse("2024-01-01T00:00:00Z"));
    return jdbc.queryForObject("select id from application where number = ?", Long.class, number);
  }

  private void credential(long agency, String number, String status) {
    long application = application(agency, "APP-" + number);
    jdbc.update("insert into candidate (agency_id, application_id, full_name, badge_number, email, us_citizen, status, "
        + "nominated_by, nominated_at) values (?, ?, ?, ?, 'o@x.gov', true, 'CREDENTIALED', 'u', ?)",
        agency, application, "Officer " + number, number, OffsetDateTime.parse("2024-01-01T00:00:00Z"));
    long candidate = jdbc.queryForObject("select id from candidate where badge_number = ?", Long.class, number);
    jdbc.update("insert into credential (number, candidate_id, agency_id, status, issued_at, form_70006_executed_on) "
        + "values (?, ?, ?, ?, ?, ?)", number, candidate, agency, status, OffsetDateTime.parse("2024-07-01T15:00:00Z"),
        LocalDate.of(2024, 7, 1));
  }
}
