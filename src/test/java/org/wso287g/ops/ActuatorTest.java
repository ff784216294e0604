package org.wso287g.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * /actuator through the running application: the health status for anybody, its components and the
 * rest for camunda-admin. The job executor runs here, unlike in the other tests: with
 * camunda.bpm.job-execution.enabled=false the starter creates no job executor, and so no jobExecutor
 * health indicator at all (the health stays UP without it). Spring Boot's tests switch metrics export
 * off unless asked: {@link AutoConfigureObservability} brings the Prometheus registry back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:actuator;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=true"})
@AutoConfigureObservability(tracing = false)
@DirtiesContext
class ActuatorTest {

  @Autowired TestRestTemplate rest;

  @Test
  void anybodyGetsTheHealthStatusAlone() {
    ResponseEntity<Map> health = rest.getForEntity("/actuator/health", Map.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).containsOnlyKeys("status").containsEntry("status", "UP");
    assertThat(rest.withBasicAuth("nol.director", "demo").getForEntity("/actuator/health", Map.class).getBody())
        .containsOnlyKeys("status");
    // Credentials that are sent are checked. Not admin's: the engine would make admin wait after a
    // failed sign-in, and the other tests sign in as admin.
    assertThat(rest.withBasicAuth("no.such.user", "wrong").getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anAdministratorSeesTheDatabaseTheEngineAndTheJobExecutor() {
    ResponseEntity<Map> health = admin().getForEntity("/actuator/health", Map.class);

    assertThat(health.getBody()).containsEntry("status", "UP");
    Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.getBody().get("components");
    assertThat(components).containsKeys("db", "processEngine", "jobExecutor");
    assertThat(components.get("db")).containsEntry("status", "UP");
    assertThat(components.get("processEngine")).containsEntry("status", "UP");
    assertThat(components.get("jobExecutor")).containsEntry("status", "UP");
  }

  @Test
  void prometheusIsForAdministrators() {
    ResponseEntity<String> metrics = admin().getForEntity("/actuator/prometheus", String.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
    assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");

    ResponseEntity<Map> anonymous = rest.getForEntity("/actuator/prometheus", Map.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(anonymous.getBody()).containsEntry("status", 401);

    ResponseEntity<Map> director = rest.withBasicAuth("nol.director", "demo").getForEntity("/actuator/prometheus", Map.class);
    assertThat(director.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(director.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(director.getBody()).containsEntry("status", 403).containsKey("detail");
  }

  @Test
  void infoAndMetricsAreForAdministrators() {
    ResponseEntity<Map> info = admin().getForEntity("/actuator/info", Map.class);
    assertThat(info.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) info.getBody().get("build")).containsEntry("artifact", "wso-287g").containsKey("version");
    assertThat((Map<String, Object>) info.getBody().get("camunda")).hasEntrySatisfying("version", v -> assertThat((String) v).startsWith("7."));

    assertThat(admin().getForEntity("/actuator/metrics/jvm.memory.used", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String path : new String[] {"/actuator/info", "/actuator/metrics", "/actuator", "/actuator/health/db"}) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(rest.withBasicAuth("nol.director", "demo").getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "demo");
  }
}
