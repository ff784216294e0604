package org.wso287g.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/** GET /api/statistics: good and bad parameters through the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:statistics-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class StatisticsApiTest {

  @Autowired TestRestTemplate rest;

  @Test
  void figuresForADateAndForAFiscalYear() {
    ResponseEntity<Map> asOf = get("/api/statistics?model=WSO&asOf=2020-09-30");
    assertThat(asOf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asOf.getBody()).containsEntry("model", "WSO").containsEntry("asOf", "2020-09-30")
        .containsEntry("agreements", 0).containsKey("byState");

    ResponseEntity<Map> year = get("/api/statistics?model=WSO&fiscalYear=2020");
    assertThat(year.getBody()).containsEntry("asOf", "2020-09-30").containsEntry("servedFrom", "2019-10-01");
  }

  @Test
  void badParametersAreRefusedNamingThem() {
    assertThat(fields(get("/api/statistics?model=WSO"))).containsExactly("asOf");
    assertThat(fields(get("/api/statistics?model=WSO&asOf=2020-09-30&fiscalYear=2020"))).containsExactly("fiscalYear");
    assertThat(fields(get("/api/statistics?model=XYZ&fiscalYear=2020"))).containsExactly("model");
    assertThat(get("/api/statistics?model=WSO&asOf=yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/api/statistics?model=WSO&fiscalYear=twenty").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getForEntity("/api/statistics?model=WSO&fiscalYear=2020", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<Map> get(String path) {
    return rest.withBasicAuth("nol.director", "demo").getForEntity(path, Map.class);
  }

  private static List<String> fields(ResponseEntity<Map> refused) {
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, String>>) refused.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
  }
}
