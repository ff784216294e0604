package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.context.request.ServletWebRequest;
import org.wso287g.statistics.domain.ProgramStatistics;

/**
 * Issue 12, point 4: no error body shows SQL, table or column names, internal class names or a stack
 * trace, on any surface: /engine-rest, the web apps' engine API behind a Tasklist session, /api and
 * Spring's /error. Persistence errors are provoked for real where a caller can (a variable name longer
 * than the engine's column, a text longer than its text column: the database refuses both), and stood in
 * for on /api, where the rules refuse such values first: a fault on the server answers a sentence and an
 * incident reference, a value the database refused as data a 400 with a sentence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:no-internals;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class NoInternalsInErrorsTest {

  /** What the database's and the frameworks' messages carry, and an error body must not. */
  static final List<String> INTERNALS = List.of("SQL", "ACT_", "select ", "insert ", "update ", "ibatis", "hibernate",
      "Hibernate", "jdbc", "JDBC", "Exception:", "\tat ", "CHARACTER VARYING", "NAME_", "TEXT_", "org.camunda",
      "org.springframework", "org.wso287g", "java.");

  static final String LONG_NAME = "v".repeat(300);

  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;
  @Autowired ErrorAttributes errorAttributes;
  @MockitoSpyBean ProgramStatistics statistics;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void engineRestAnswersWhatTheDatabaseRefusedWithoutItsMessage() {
    String instance = application("LA0880001");

    ResponseEntity<String> longName = exchange("admin", HttpMethod.PUT,
        "/engine-rest/process-instance/" + instance + "/variables/" + LONG_NAME, Map.of("value", "x", "type", "String"));
    ResponseEntity<String> longText = exchange("admin", HttpMethod.PUT,
        "/engine-rest/process-instance/" + instance + "/variables/note", Map.of("value", "t".repeat(5000), "type", "String"));
    ResponseEntity<String> badSort = exchange("admin", HttpMethod.GET, "/engine-rest/task?sortBy=nope&sortOrder=sideways",
        null);
    ResponseEntity<String> noSuchInstance = exchange("admin", HttpMethod.PUT,
        "/engine-rest/process-instance/no-such-instance/variables/note", Map.of("value", "x", "type", "String"));

    for (ResponseEntity<String> answer : List.of(longName, longText)) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("\"message\":\"A value sent cannot be kept as it is").contains("Reference ");
      assertNoInternals(answer.getBody());
    }
    assertThat(badSort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badSort.getBody()).contains("sortOrder");
    assertNoInternals(badSort.getBody());
    // engine-rest answers this one with 500: a caller's fault, 404 with the engine's reason.
    assertThat(noSuchInstance.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noSuchInstance.getBody()).contains("no-such-instance doesn't exist");
    assertNoInternals(noSuchInstance.getBody());
  }

  @Test
  void theTasklistsEngineApiAnswersTheSame() {
    String instance = application("LA0880002");

    ResponseEntity<Map> answer = TasklistSession.signIn(rest, "admin", "demo").post(
        "/process-instance/" + instance + "/variables", Map.of("modifications", Map.of(LONG_NAME, Map.of("value", "x"))));

    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).startsWith("A value sent cannot be kept as it is");
    assertNoInternals(String.valueOf(answer.getBody()));
  }

  @Test
  void theProgramsApiAnswersAFaultWithAReferenceAndARefusedValueWithASentence() {
    doThrow(new DataAccessResourceFailureException("could not execute statement; SQL [select * from ACT_RU_TASK]",
        new SQLException("Connection reset reading ACT_RU_TASK", "08006")))
        .when(statistics).asOf(eq("TFM"), any());
    doThrow(new DataIntegrityViolationException("could not execute statement [Value too long for column "
        + "\"NAME CHARACTER VARYING(120)\"]; SQL statement: insert into agency (name) values (?)",
        new SQLException("Value too long for column \"NAME CHARACTER VARYING(120)\"", "22001")))
        .when(statistics).asOf(eq("JEM"), any());

    ResponseEntity<String> fault = exchange("nol.director", HttpMethod.GET, "/api/statistics?model=TFM&asOf=2020-01-01", null);
    ResponseEntity<String> refused = exchange("nol.director", HttpMethod.GET, "/api/statistics?model=JEM&asOf=2020-01-01",
        null);

    assertThat(fault.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(fault.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fault.getBody()).contains("\"detail\":\"The request could not be completed because of a fault on the server. "
        + "Incident reference ").contains("\"reference\":");
    assertNoInternals(fault.getBody());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("\"detail\":\"A value sent cannot be kept as it is");
    assertNoInternals(refused.getBody());
  }

  @Test
  void springsErrorPageGivesAReferenceAndNeverTheException() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/statistics");
    request.setAttribute("jakarta.servlet.error.status_code", 500);
    request.setAttribute("jakarta.servlet.error.request_uri", "/api/statistics");
    request.setAttribute("jakarta.servlet.error.exception", new DataIntegrityViolationException(
        "could not execute statement; SQL [insert into ACT_RU_VARIABLE (NAME_) values (?)]"));

    Map<String, Object> body = errorAttributes.getErrorAttributes(new ServletWebRequest(request),
        ErrorAttributeOptions.of(ErrorAttributeOptions.Include.values()));

    assertThat(body).containsKeys("detail", "reference", "status").doesNotContainKeys("exception", "trace", "errors");
    assertThat((String) body.get("detail")).startsWith("The request could not be completed because of a fault");
    assertNoInternals(body.toString());

    ResponseEntity<String> direct = exchange("nol.director", HttpMethod.GET, "/error", null);
    assertNoInternals(direct.getBody());
    ResponseEntity<String> nothingThere = exchange("nol.director", HttpMethod.GET, "/api/nothing-here", null);
    assertThat(nothingThere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(nothingThere.getBody()).contains("\"detail\":");
    assertNoInternals(nothingThere.getBody());
  }

  /** A running participation of a new agency: its instance id. */
  private String application(String ori) {
    return users.start("nol.director", "wsoParticipation", CorpusWorld.letter(ori, "Agency " + ori, "Jail " + ori)).getId();
  }

  static void assertNoInternals(String body) {
    assertThat(body).isNotBlank();
    for (String internal : INTERNALS) {
      assertThat(body).as("an error body shows no '%s'", internal).doesNotContain(internal);
    }
  }

  private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
