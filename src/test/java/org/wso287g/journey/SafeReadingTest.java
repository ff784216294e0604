package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Issue 9, point 6, through the running application: an {@code Object} variable naming any class, sent
 * where a form field or the nomination's list belongs, is a 400 naming the variable; the class is never
 * instantiated and nothing is stored. Numbers and date-times are read bounded and with their offset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:safereading;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class SafeReadingTest {

  /** A class on the application's classpath that counts its instances: deserializing it would show. */
  public static class Tripwire {
    static final AtomicInteger BUILT = new AtomicInteger();
    public String url;

    public Tripwire() {
      BUILT.incrementAndGet();
    }
  }

  static final String TRIPWIRE = Tripwire.class.getName();

  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProcessEngineConfiguration engineConfiguration;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void noTripwireYet() {
    Tripwire.BUILT.set(0);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void anObjectVariableForAStartFormFieldIsABadRequestAndNoClassIsInstantiated() {
    long instances = runtime.createProcessInstanceQuery().count();
    long applications = jdbc.queryForObject("select count(*) from application", Long.class);
    long storedNames = history.createHistoricVariableInstanceQuery().variableName("agencyName").count();

    for (String className : List.of("java.net.URL", TRIPWIRE)) {
      Map<String, Object> variables = letter();
      variables.put("agencyName", object("{\"url\":\"http://attacker.invalid/\"}", className));
      ResponseEntity<Map> refused = post("nol.director", "/engine-rest/process-definition/key/wsoParticipation/start",
          Map.of("variables", variables));

      assertThat(refused.getStatusCode()).as(className).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) refused.getBody().get("message")).as(className)
          .isEqualTo("agencyName must be text, a number, true/false or a date; an object was sent.");
    }
    assertThat(Tripwire.BUILT).hasValue(0);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(applications);
    assertThat(history.createHistoricVariableInstanceQuery().variableName("agencyName").count()).isEqualTo(storedNames);
  }

  @Test
  void numbersAndDateTimesOfAStartAreReadBoundedAndWithTheirOffset() {
    long instances = runtime.createProcessInstanceQuery().count();
    Map<String, Object> hugeCount = letter();
    hugeCount.put("requestedOfficerCount", Map.of("value", "1e999999999"));
    ResponseEntity<Map> refused = post("nol.director", "/engine-rest/process-definition/key/wsoParticipation/start",
        Map.of("variables", hugeCount));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).startsWith("'1e999999999' is out of range");

    Map<String, Object> dateTimeWithoutOffset = letter();
    dateTimeWithoutOffset.put("letterDate", Map.of("value", today() + "T10:00:00"));
    refused = post("nol.director", "/engine-rest/process-definition/key/wsoParticipation/start",
        Map.of("variables", dateTimeWithoutOffset));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("is not a date");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void anObjectVariableForTheNominationIsABadRequestAndTheTaskStaysOpen() {
    String number = agencyWaitingForItsNomination();
    Task nominate = users.task("demo.sheriff", "userTask_nominateCandidates");

    for (String className : List.of("java.net.URL", TRIPWIRE)) {
      ResponseEntity<Map> refused = post("demo.sheriff", "/engine-rest/task/" + nominate.getId() + "/complete",
          Map.of("variables", Map.of("candidates", object("\"http://attacker.invalid/\"", className),
              "candidateCount", Map.of("value", 1, "type", "Integer"))));

      assertThat(refused.getStatusCode()).as(className).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) refused.getBody().get("message")).as(className)
          .isEqualTo("The candidates must be a list of {fullName, badgeNumber, email, usCitizen}.");
    }
    assertThat(Tripwire.BUILT).hasValue(0);
    assertThat(users.task("demo.sheriff", "userTask_nominateCandidates").getId()).isEqualTo(nominate.getId());
    assertThat((Object) runtime.getVariableTyped(nominate.getProcessInstanceId(), "candidates", false)).isNull();
    assertThat(jdbc.queryForObject("select count(*) from candidate c join application a on a.id = c.application_id "
        + "where a.number = ?", Long.class, number)).isZero();
  }

  @Test
  void theEngineDeserializesOnlyTheClassesItAllowsAndTheCandidateIdsListIsOne() {
    assertThat(((ProcessEngineConfigurationImpl) engineConfiguration).isDeserializationTypeValidationEnabled()).isTrue();
    String instance = users.start("nol.director", "wsoParticipation", DemoUsers.letterOfInterest()).getId();

    runtime.setVariable(instance, "probe", Variables.serializedObjectValue("{\"url\":\"http://attacker.invalid/\"}")
        .objectTypeName(TRIPWIRE).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    assertThatThrownBy(() -> runtime.getVariable(instance, "probe")).isInstanceOf(ProcessEngineException.class);
    assertThat(Tripwire.BUILT).hasValue(0);

    runtime.setVariable(instance, "ids", new ArrayList<>(List.of(1L, 2L)));
    assertThat(runtime.getVariable(instance, "ids")).isEqualTo(List.of(1L, 2L));
  }

  // ---------------------------------------------------------------- helpers

  private String agencyWaitingForItsNomination() {
    String today = today();
    String number = users.start("nol.director", "wsoParticipation", DemoUsers.letterOfInterest()).getBusinessKey();
    users.complete("nol.director", users.task("nol.director", "userTask_reviewRequest"), Map.of("reviewDecision", "APPROVED"));
    users.complete("hq.analyst", users.task("hq.analyst", "userTask_prepareMoa"), Map.of("moaTemplateRevision",
        "Revised 02/15/2025", "fodContactName", "Deputy Field Office Director", "fodContactEmail", "dfod@ice.invalid"));
    users.complete("demo.sheriff", users.task("demo.sheriff", "userTask_signMoaLea"), Map.of("leaSignatoryName",
        "Demo Sheriff", "leaSignatoryTitle", "Sheriff", "leaSignedOn", today));
    users.complete("ice.signatory", users.task("ice.signatory", "userTask_signMoaIce"), Map.of("iceSignatoryName",
        "ICE Director designee", "iceSignedOn", today));
    return number;
  }

  private static String today() {
    return LocalDate.now(ZoneId.of("America/Chicago")).toString();
  }

  /** The demo letter of interest as /engine-rest variables. */
  private static Map<String, Object> letter() {
    Map<String, Object> variables = new HashMap<>();
    DemoUsers.letterOfInterest().forEach((name, value) -> variables.put(name, Map.of("value", value)));
    variables.put("requestedOfficerCount", Map.of("value", 4, "type", "Integer"));
    return variables;
  }

  private static Map<String, Object> object(String json, String className) {
    return Map.of("value", json, "type", "Object", "valueInfo",
        Map.of("objectTypeName", className, "serializationDataFormat", "application/json"));
  }

  private ResponseEntity<Map> post(String userId, String path, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(userId, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }
}
