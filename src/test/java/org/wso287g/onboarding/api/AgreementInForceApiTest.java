package org.wso287g.onboarding.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Agreements already in force, through the running application: headquarters imports ICE's published
 * list, takes an imported WSO agreement from the agency's page and brings it into the participation
 * path with POST /api/applications; the same agreement again, and anyone but headquarters, is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:agreement-in-force-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class AgreementInForceApiTest {

  static final Path LISTS = Path.of("..", "shared", "data", "ice-287g-lists");
  static final String ORI = "LA9990001";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void headquartersBringsAnImportedAgreementIntoThePathOnceAndNobodyElseMay() {
    assertThat(importList().getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> agency = importedWsoAgency("LA");
    long agencyId = ((Number) agency.get("id")).longValue();
    Map<String, Object> detail = get("hq.analyst", "/api/agencies/" + agencyId);
    List<Map<String, Object>> agreements = (List<Map<String, Object>>) detail.get("agreements");
    Map<String, Object> wso = agreements.stream()
        .filter(a -> "WSO".equals(a.get("model")) && "ACTIVE".equals(a.get("status")) && "ICE_LIST".equals(a.get("source")))
        .findFirst().orElseThrow();
    long agreementId = ((Number) wso.get("id")).longValue();
    long moasBefore = jdbc.queryForObject("select count(*) from moa", Long.class);
    long applicationsBefore = jdbc.queryForObject("select count(*) from application", Long.class);

    // Not even the director of the agency's own field office may use an agreement from the list.
    ResponseEntity<Map> director = post("nol.director", entry(agreementId));
    assertThat(director.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) director.getBody().get("detail"))
        .contains("nol.director may not enter an agreement already in force").contains("hq-287g");
    assertThat(post("demo.sheriff", entry(agreementId)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(applicationsBefore);

    ResponseEntity<Map> created = post("hq.analyst", entry(agreementId));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("status", "APPROVED");
    String number = (String) created.getBody().get("applicationNumber");

    Map<String, Object> application = get("hq.analyst", "/api/applications/" + number);
    assertThat(application).containsEntry("status", "APPROVED");
    assertThat((Map<String, Object>) application.get("agency")).containsEntry("id", (int) agencyId)
        .containsEntry("ori", ORI).containsEntry("status", "MOA_ACTIVE").containsEntry("fieldOfficeCode", "NOL");
    assertThat((List<Map<String, Object>>) application.get("openTasks")).singleElement().satisfies(task -> {
      assertThat(task).containsEntry("step", "userTask_nominateCandidates");
      assertThat((List<String>) task.get("candidateGroups")).containsExactly("lea-la9990001-command");
    });
    assertThat(jdbc.queryForObject("select count(*) from moa", Long.class)).as("no second MOA").isEqualTo(moasBefore);
    assertThat(jdbc.queryForObject("select a.number from moa m join application a on a.id = m.application_id "
        + "where m.id = ?", String.class, agreementId)).isEqualTo(number);
    Map<String, Object> linked = get("hq.analyst", "/api/agencies/" + agencyId);
    assertThat(linked).containsEntry("ori", ORI).containsEntry("status", "MOA_ACTIVE");
    assertThat((List<Map<String, Object>>) linked.get("agreements")).hasSameSizeAs(agreements);

    // The same agreement again: refused with the reason, nothing written.
    ResponseEntity<Map> again = post("hq.analyst", entry(agreementId));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) again.getBody().get("errors")).singleElement().satisfies(error -> {
      assertThat(error).containsEntry("field", "existingAgreementId");
      assertThat(error.get("reason")).contains("already the agreement of application " + number);
    });
    assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(applicationsBefore + 1);

    // An unknown agreement: refused naming the field.
    ResponseEntity<Map> unknown = post("hq.analyst", entry(9_999_999L));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) unknown.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactly("existingAgreementId");
  }

  /** The Tasklist's start form: the same rule, headquarters only, through engine-rest's submit-form. */
  @Test
  void theLetterStartFormTakesTheAgreementFromHeadquartersOnly() {
    assertThat(importList().getStatusCode()).isEqualTo(HttpStatus.OK);
    long agencyId = ((Number) importedWsoAgency("LA").get("id")).longValue();
    long agreementId = ((List<Map<String, Object>>) get("hq.analyst", "/api/agencies/" + agencyId).get("agreements"))
        .stream().filter(a -> "WSO".equals(a.get("model")) && "ACTIVE".equals(a.get("status")))
        .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    entry(agreementId).forEach((name, value) -> variables.put(name, value instanceof Number n
        ? Map.of("value", n.longValue(), "type", "Long") : Map.of("value", value)));
    variables.put("agencyOri", Map.of("value", "LA9990002"));
    String start = "/engine-rest/process-definition/key/wsoParticipation/submit-form";

    ResponseEntity<Map> director = rest.withBasicAuth("nol.director", "demo").exchange(start, HttpMethod.POST,
        json(Map.of("variables", variables)), Map.class);
    assertThat(director.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) director.getBody().get("message")).contains("may not enter an agreement already in force");

    ResponseEntity<Map> started = rest.withBasicAuth("hq.analyst", "demo").exchange(start, HttpMethod.POST,
        json(Map.of("variables", variables)), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String number = (String) started.getBody().get("businessKey");
    Map<String, Object> application = get("hq.analyst", "/api/applications/" + number);
    assertThat(application).containsEntry("status", "APPROVED");
    assertThat((List<Map<String, Object>>) application.get("openTasks")).extracting(task -> task.get("step"))
        .containsExactly("userTask_nominateCandidates");
  }

  private Map<String, Object> importedWsoAgency(String state) {
    Map<String, Object> page = get("hq.analyst", "/api/agencies?state=" + state + "&model=WSO&size=500");
    return ((List<Map<String, Object>>) page.get("content")).stream().filter(a -> a.get("ori") == null)
        .findFirst().orElseThrow();
  }

  private static Map<String, Object> entry(long agreementId) {
    Map<String, Object> letter = new HashMap<>();
    letter.put("existingAgreementId", agreementId);
    letter.put("agencyOri", ORI);
    letter.put("jailFacilityName", "Demo County Jail");
        letter.put("fieldOfficeCode", "NOL");
    letter.put("requestedOfficerCount", 3);
    letter.put("letterDate", LocalDate.now().minusDays(1).toString());
    letter.put("contactName", "Chief Deputy");
    letter.put("contactEmail", "chief@demo-county.invalid");
    return letter;
  }

  private Map<String, Object> get(String userId, String path) {
    ResponseEntity<Map> response = rest.withBasicAuth(userId, "demo").getForEntity(path, Map.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<Map> post(String userId, Map<String, Object> body) {
    return rest.withBasicAuth(userId, "demo").exchange("/api/applications", HttpMethod.POST, json(body), Map.class);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private ResponseEntity<Map> importList() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new FileSystemResource(LISTS.resolve("participating-2025-07-19.xlsx")));
    return rest.withBasicAuth("hq.analyst", "demo").exchange("/api/agreement-imports", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
  }
}
