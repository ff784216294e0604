package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

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

/** POST and GET /api/warrants: refused before the agency is operational, lodged once after, the scope rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:warrant-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarrantApiTest {

  @Autowired DemoUsers users;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  @Order(1)
  void aWarrantForAnAgencyThatIsNotOperationalIsRefusedWithTheReason() {
    ResponseEntity<Map> refused = post("nol.ero", Attempts.warrant("API-0001"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((String) refused.getBody().get("detail")).contains("not an operational WSO partner");
  }

  @Test
  @Order(2)
  void eroLodgesAWarrantOnceAndTheAgencyAndFieldOfficeSeeIt() {
    users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");

    ResponseEntity<Map> lodged = post("nol.ero", Attempts.warrant("API-0002"));
    assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(lodged.getHeaders().getLocation().toString()).endsWith("/api/warrants/API-0002");

    long warrantsBefore = jdbc.queryForObject("select count(*) from warrant", Long.class);
    ResponseEntity<Map> again = post("nol.ero", Attempts.warrant("API-0002"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(jdbc.queryForObject("select count(*) from warrant", Long.class)).isEqualTo(warrantsBefore);

    ResponseEntity<Map> seen = rest.withBasicAuth("demo.sheriff", "demo").getForEntity("/api/warrants/API-0002", Map.class);
    assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(seen.getBody()).containsEntry("status", "LODGED").containsEntry("agencyOri", "LA0990000");
    assertThat(rest.withBasicAuth("ps.investigator", "demo").getForEntity("/api/warrants/API-0002", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @Order(3)
  void badInputAndOtherGroupsAreRefusedCleanly() {
    Map<String, Object> noNumber = Attempts.warrant(null);
    assertThat(fields(post("nol.ero", noNumber))).contains("warrantNumber");

    Map<String, Object> badTime = Attempts.warrant("API-0003");
    badTime.put("scheduledReleaseAt", "tomorrow");
    assertThat(fields(post("nol.ero", badTime))).containsExactly("scheduledReleaseAt");

    assertThat(post("demo.sheriff", Attempts.warrant("API-0004")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** Rule 11 and issue 9, point 6: a release time without its offset, or a huge number, names the field. */
  @Test
  @Order(4)
  void aReleaseTimeWithoutOffsetOrAsAHugeNumberIsRefusedNamingTheField() {
    long warrantsBefore = jdbc.queryForObject("select count(*) from warrant", Long.class);
    Map<String, Object> noOffset = Attempts.warrant("API-0005");
    noOffset.put("scheduledReleaseAt", "2026-11-28T14:30:00");
    assertThat(fields(post("nol.ero", noOffset))).containsExactly("scheduledReleaseAt");

    Map<String, Object> huge = Attempts.warrant("API-0006");
    huge.put("scheduledReleaseAt", new java.math.BigDecimal("1e999999999"));
    assertThat(fields(post("nol.ero", huge))).containsExactly("scheduledReleaseAt");
    assertThat(jdbc.queryForObject("select count(*) from warrant", Long.class)).isEqualTo(warrantsBefore);
  }

  /**
   * Issue 12: a number with spaces and quotes was lodged, then the answer failed to build its Location
   * (500), so the caller saw an error for a warrant on record. The Location is encoded now.
   */
  @Test
  @Order(5)
  void aWarrantNumberWithSpacesAndQuotesIsLodgedWithALocationThatFindsIt() {
    ResponseEntity<Map> lodged = post("nol.ero", Attempts.warrant("ICE 2026-7 'A'"));

    assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(lodged.getHeaders().getLocation().toString()).endsWith("/api/warrants/ICE%202026-7%20%27A%27");
    ResponseEntity<Map> found = rest.withBasicAuth("nol.ero", "demo").getForEntity(lodged.getHeaders().getLocation(),
        Map.class);
    assertThat(found.getBody()).containsEntry("number", "ICE 2026-7 'A'").containsEntry("status", "LODGED");
  }

  private ResponseEntity<Map> post(String userId, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(userId, "demo").exchange("/api/warrants", HttpMethod.POST, new HttpEntity<>(body, headers),
        Map.class);
  }

  private static List<String> fields(ResponseEntity<Map> refused) {
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, String>>) refused.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
  }

}
