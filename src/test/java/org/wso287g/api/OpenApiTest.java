package org.wso287g.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.wso287g.common.Problems;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.warrant.domain.LodgedWarrant;

/**
 * The OpenAPI description lists every /api call and the HTTP Basic scheme, and documents each call
 * with a summary, who may call it, its answers and examples that the API itself would accept or give.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:openapi;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class OpenApiTest {

  static final String PROBLEM_JSON = "application/problem+json";

  @Autowired TestRestTemplate rest;

  @Test
  void theDescriptionListsEveryCall() {
    ResponseEntity<Map> docs = rest.getForEntity("/v3/api-docs", Map.class);

    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) docs.getBody().get("paths")).containsKeys("/api/applications",
        "/api/applications/{number}", "/api/warrants", "/api/warrants/{number}", "/api/agreement-imports",
        "/api/statistics", "/api/agencies", "/api/agencies/{id}", "/api/account-links", "/api/complaints",
        "/api/complaints/{number}", "/api/oversight", "/api/outbox");
    assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void everyOperationHasASummaryADescriptionATagAndTheAnswersWithExamples() {
    List<JsonNode> operations = operations(docs());

    assertThat(operations).hasSize(18).allSatisfy(operation -> {
      String id = operation.path("operationId").asText();
      assertThat(operation.path("summary").asText()).as("summary of %s", id).isNotBlank();
      assertThat(operation.path("description").asText()).as("description of %s", id).isNotBlank();
      assertThat(operation.path("tags").path(0).asText()).as("tag of %s", id).isNotBlank().doesNotEndWith("-controller");
      JsonNode responses = operation.path("responses");
      assertThat(responses.has("401")).as("401 of %s", id).isTrue();
      responses.fields().forEachRemaining(response -> {
        int status = Integer.parseInt(response.getKey());
        if (status < 300) {
          assertThat(response.getValue().path("content").path("application/json").path("examples").size())
              .as("example of %s %s", id, status).isPositive();
        } else if (status != 404) {
          JsonNode examples = response.getValue().path("content").path(PROBLEM_JSON).path("examples");
          assertThat(examples.size()).as("problem example of %s %s", id, status).isPositive();
          examples.forEach(example -> assertThat(example.path("value").path("status").asInt())
              .as("status in the example of %s %s", id, status).isEqualTo(status));
        }
      });
    });
  }

  @Test
  void theLetterOfInterestExampleIsALetterTheRulesAccept() {
    JsonNode letter = docs().path("components").path("schemas").path("LetterOfInterestRequest").path("properties");
    assertThat(letter.path("agencyOri").path("example").asText()).isEqualTo("LA0990000");
    letter.fields().forEachRemaining(field -> assertThat(field.getValue().has("example")).as(field.getKey()).isTrue());

    Problems problems = new Problems();
    new LetterOfInterest(text(letter, "agencyName"), text(letter, "agencyOri"), text(letter, "agencyState"),
        text(letter, "agencyCounty"), text(letter, "jailFacilityName"), text(letter, "fieldOfficeCode"),
        letter.path("requestedOfficerCount").path("example").asInt(), LocalDate.parse(text(letter, "letterDate")),
        text(letter, "contactName"), text(letter, "contactEmail")).validate(LocalDate.now(), problems);
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void theWarrantExampleIsAWarrantTheRulesAccept() {
    JsonNode warrant = docs().path("components").path("schemas").path("LodgeWarrantRequest").path("properties");
    warrant.fields().forEachRemaining(field -> assertThat(field.getValue().has("example")).as(field.getKey()).isTrue());

    Problems problems = new Problems();
    Instant release = OffsetDateTime.parse(text(warrant, "scheduledReleaseAt")).toInstant();
    new LodgedWarrant(text(warrant, "agencyOri"), text(warrant, "facilityName"), text(warrant, "subjectName"),
        text(warrant, "subjectBookingNumber"), text(warrant, "warrantType"), text(warrant, "warrantNumber"),
        LocalDate.parse(text(warrant, "warrantIssuedOn")), text(warrant, "issuingOfficer"), release)
        .validate(LocalDate.now(), problems);
    assertThat(problems.isEmpty()).isTrue();
    assertThat(text(warrant, "warrantType")).isIn("I-200", "I-205");
  }

  @Test
  void theRefusalsOfAWarrantAndOfALetterAreShownAsTheyAreAnswered() {
    JsonNode paths = docs().path("paths");

    JsonNode refused = paths.path("/api/warrants").path("post").path("responses").path("422").path("content")
        .path(PROBLEM_JSON).path("examples");
    assertThat(refused.size()).isPositive();
    refused.forEach(example -> {
      assertThat(example.path("value").path("detail").asText()).isNotBlank();
      assertThat(example.path("value").path("warrant").path("status").asText()).isEqualTo("REFUSED");
    });

    List<String> fields = new ArrayList<>();
    paths.path("/api/applications").path("post").path("responses").path("400").path("content").path(PROBLEM_JSON)
        .path("examples").forEach(example -> example.path("value").path("errors")
            .forEach(error -> {
              assertThat(error.path("reason").asText()).isNotBlank();
              fields.add(error.path("field").asText());
            }));
    assertThat(fields).contains("agencyOri");

    JsonNode statistics = paths.path("/api/statistics").path("get").path("parameters");
    assertThat(statistics.findValuesAsText("example")).containsExactly("WSO", "2020-09-30", "2020");
  }

  private JsonNode docs() {
    ResponseEntity<JsonNode> docs = rest.getForEntity("/v3/api-docs", JsonNode.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    return docs.getBody();
  }

  /** Every operation under /api. */
  private static List<JsonNode> operations(JsonNode docs) {
    List<JsonNode> operations = new ArrayList<>();
    docs.path("paths").fields().forEachRemaining(path -> {
      assertThat(path.getKey()).startsWith("/api/");
      path.getValue().forEach(operations::add);
    });
    return operations;
  }

  private static String text(JsonNode properties, String name) {
    return properties.path(name).path("example").asText();
  }
}
