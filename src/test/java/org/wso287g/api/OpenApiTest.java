package org.wso287g.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/** The OpenAPI description lists every /api call and the HTTP Basic scheme. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class OpenApiTest {

  @Autowired TestRestTemplate rest;

  @Test
  void theDescriptionListsEveryCall() {
    ResponseEntity<Map> docs = rest.getForEntity("/v3/api-docs", Map.class);

    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) docs.getBody().get("paths")).containsKeys("/api/applications",
        "/api/applications/{number}", "/api/warrants", "/api/warrants/{number}", "/api/agreement-imports",
        "/api/statistics");
    assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
