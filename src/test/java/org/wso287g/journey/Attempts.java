package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls over HTTP as a demo user, the way somebody trying to get around the rules would send them,
 * and the tally of those refused: each must be the expected 4xx with its reason, none a 5xx.
 */
final class Attempts {

  private int refused;
  private int serverErrors;

  static ResponseEntity<Map> send(TestRestTemplate rest, String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), Map.class);
  }

  /** The body of {@code /engine-rest}'s submit-form and start calls for these values: {"variables": {name: {"value": v}}}. */
  static Map<String, Object> formSubmission(Map<String, Object> values) {
    return Map.of("variables", formVariables(values));
  }

  /** The variables of {@link #formSubmission} alone. */
  static Map<String, Object> formVariables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  /** Counts the attempt and checks it was refused with this status and, when given, this reason in the body. */
  void refused(ResponseEntity<Map> response, HttpStatus status, String reason) {
    refused++;
    if (response.getStatusCode().is5xxServerError()) {
      serverErrors++;
    }
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    if (reason != null) {
      assertThat(String.valueOf(response.getBody())).contains(reason);
    }
  }

  int refused() {
    return refused;
  }

  int serverErrors() {
    return serverErrors;
  }

  /** A warrant for the demo agency's jail, issued today in New Orleans, released in an hour: what ERO lodges. */
  static Map<String, Object> warrant(String number) {
    Map<String, Object> warrant = new HashMap<>();
    warrant.put("agencyOri", DemoUsers.DEMO_ORI);
    warrant.put("facilityName", DemoUsers.DEMO_JAIL);
    warrant.put("subjectName", "John Roe");
    warrant.put("subjectBookingNumber", "B-2026-1001");
    warrant.put("warrantType", "I-200");
    warrant.put("warrantNumber", number);
    warrant.put("warrantIssuedOn", LocalDate.now(ZoneId.of("America/Chicago")).toString());
    warrant.put("issuingOfficer", "SDDO Example");
    warrant.put("scheduledReleaseAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
    return warrant;
  }
}
