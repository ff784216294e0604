package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Rule 13: requests for one record sent at the same moment, over HTTP to the running application, as
 * two clerks or a retrying client would send them. Exactly one is recorded; every other one is
 * refused with 409 (or, having arrived after the winner committed, with the rule's ordinary answer),
 * never with a 5xx, and its transaction leaves nothing behind (no record, no process instance).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:concurrent-duplicates;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentDuplicatesTest {

  static final int SAME_MOMENT = 8;
  static final int AGENCIES = 24;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @LocalServerPort int port;
  @Autowired DemoUsers users;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService history;

  /** One HTTP answer: the status and the JSON body (empty when there is none). */
  record Answer(int status, Map<String, Object> body) {

    String text(String field) {
      return String.valueOf(body.get(field));
    }
  }

  // ---------------------------------------------------------------- warrants

  @Test
  @Order(1)
  void eightLodgingsOfOneWarrantThroughTheApiRecordOneWarrant() {
    // First: the demo users find their tasks by key, and later letters would add review tasks.
    users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    String number = "ICE-RACE-0001";

    List<Answer> answers = atTheSameMoment(SAME_MOMENT, i -> post("nol.ero", "/api/warrants", Attempts.warrant(number)));

    assertOneCreatedTheRestConflicts(answers, "Warrant " + number + " is already lodged: a warrant is lodged once.");
    assertThat(warrantsNumbered(number)).isEqualTo(1);
    assertThat(warrantInstances(number)).isEqualTo(1);
  }

  @Test
  @Order(2)
  void eightLodgingsOfOneWarrantThroughEngineRestRecordOneWarrant() {
    String number = "ICE-RACE-0002";

    List<Answer> answers = atTheSameMoment(SAME_MOMENT, i -> post("nol.ero",
        "/engine-rest/process-definition/key/warrantService/submit-form", Map.of("variables", Attempts.formVariables(Attempts.warrant(number)))));

    assertThat(answers).extracting(Answer::status).as("no 5xx").allMatch(status -> status < 500);
    assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
    // A race lost at the database is a 409; a lodging that came after the winner committed meets the
    // ordinary duplicate refusal (400), as a single retried lodging does.
    assertThat(answers).filteredOn(a -> a.status() != 200).allSatisfy(a -> {
      assertThat(a.status()).isIn(400, 409);
      assertThat(a.text("message")).isEqualTo("Warrant " + number + " is already lodged: a warrant is lodged once.");
    });
    assertThat(warrantsNumbered(number)).isEqualTo(1);
    assertThat(warrantInstances(number)).isEqualTo(1);
  }

  // ---------------------------------------------------------------- letters of interest

  @Test
  @Order(3)
  void eightLettersForOneNewAgencyThroughTheApiRecordOneApplication() {
    String ori = "LA2000001";
    long runningBefore = runningParticipations();

    List<Answer> answers = atTheSameMoment(SAME_MOMENT, i -> post("hq.analyst", "/api/applications", letter(ori)));

    assertOneCreatedTheRestConflicts(answers, "already has an open application");
    assertThat(agenciesWithOri(ori)).isEqualTo(1);
    assertThat(applicationsOf(ori)).isEqualTo(1);
    assertThat(runningParticipations()).as("the losers' starts rolled back or ended as duplicates").isEqualTo(runningBefore + 1);
  }

  @Test
  @Order(4)
  void eightLettersForOneAgencyOnRecordThroughTheApiRecordOneApplication() {
    String ori = "LA2000002";
    jdbc.update("insert into agency (ori, name, normalized_name, state, field_office_code, status, created_at) "
        + "values (?, 'Prospect Parish Sheriff''s Office', 'prospect parish sheriffs office', 'LA', 'NOL', 'PROSPECT', "
        + "current_timestamp)", ori);
    long runningBefore = runningParticipations();

    List<Answer> answers = atTheSameMoment(SAME_MOMENT, i -> post("hq.analyst", "/api/applications", letter(ori)));

    assertOneCreatedTheRestConflicts(answers, "already has an open application");
    assertThat(agenciesWithOri(ori)).isEqualTo(1);
    assertThat(applicationsOf(ori)).isEqualTo(1);
    assertThat(runningParticipations()).isEqualTo(runningBefore + 1);
  }

  @Test
  @Order(5)
  void lettersForTwentyFourAgenciesAtTheSameMomentGetDistinctConsecutiveNumbers() {
    List<Answer> answers = atTheSameMoment(AGENCIES,
        i -> post("hq.analyst", "/api/applications", letter(String.format("LA30000%02d", i))));

    assertThat(answers).extracting(Answer::status).containsOnly(201);
    List<Long> numbers = answers.stream().map(a -> a.text("applicationNumber"))
        .peek(number -> assertThat(number).matches("WSO-" + LocalDate.now().getYear() + "-\\d{4,}"))
        .map(number -> Long.parseLong(number.substring(number.lastIndexOf('-') + 1))).sorted().toList();
    assertThat(numbers).doesNotHaveDuplicates();
    assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).as("consecutive").isEqualTo(AGENCIES - 1);
    assertThat(jdbc.queryForObject("select count(*) from application a join agency g on g.id = a.agency_id "
        + "where g.ori like 'LA30000%'", Long.class)).isEqualTo(AGENCIES);
  }

  @Test
  @Order(6)
  void eightStartsOfOneLetterThroughEngineRestRecordOneApplication() {
    String ori = "LA2000004";
    long instancesBefore = participationInstances();

    List<Answer> answers = atTheSameMoment(SAME_MOMENT, i -> post("nol.director",
        "/engine-rest/process-definition/key/wsoParticipation/start", Map.of("variables", Attempts.formVariables(letter(ori)))));

    assertOneStartedTheRestRefused(answers, ori);
    assertThat(applicationsOf(ori)).isEqualTo(1);
    assertThat(participationInstances() - instancesBefore).as("one application, plus one ended instance per letter "
        + "refused by the rule after the winner committed").isEqualTo(1 + endedAsDuplicates(answers));
  }

  @Test
  @Order(7)
  void eightSubmissionsOfTheStartFormThroughEngineRestRecordOneApplication() {
    String ori = "LA2000005";

    List<Answer> answers = atTheSameMoment(SAME_MOMENT, i -> post("nol.director",
        "/engine-rest/process-definition/key/wsoParticipation/submit-form",
        Map.of("variables", Attempts.formVariables(letter(ori)))));

    assertOneStartedTheRestRefused(answers, ori);
    assertThat(applicationsOf(ori)).isEqualTo(1);
  }

  @Test
  @Order(8)
  void eightSubmissionsOfTheTasklistStartFormRecordOneApplication() {
    String ori = "LA2000006";
    List<TasklistSession> sessions = IntStream.range(0, SAME_MOMENT)
        .mapToObj(i -> TasklistSession.signIn(rest, "nol.director", "demo")).toList();

    List<Answer> answers = atTheSameMoment(SAME_MOMENT, i -> {
      var response = sessions.get(i).post("/process-definition/key/wsoParticipation/submit-form",
          Map.of("variables", Attempts.formVariables(letter(ori))));
      return new Answer(response.getStatusCode().value(), response.getBody() == null ? Map.of() : response.getBody());
    });

    assertOneStartedTheRestRefused(answers, ori);
    assertThat(applicationsOf(ori)).isEqualTo(1);
  }

  // ---------------------------------------------------------------- assertions

  /**
   * Through /api, a race lost at the database and a duplicate found by the rule check are the same
   * conflict (the check's sentence for a letter does not name the ORI).
   */
  private static void assertOneCreatedTheRestConflicts(List<Answer> answers, String said) {
    assertThat(answers).extracting(Answer::status).as("one created, every other one a conflict, no 5xx")
        .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> assertSaysOnly(a, "detail", said));
  }

  /**
   * Through the engine, a start that lost the race at the database is a 409; one that came after the
   * winner committed meets rule 4 as a single letter does: the instance ends at
   * {@code endEvent_duplicateRejected} (200, ended).
   */
  private static void assertOneStartedTheRestRefused(List<Answer> answers, String ori) {
    assertThat(answers).extracting(Answer::status).as("no 5xx").isSubsetOf(200, 409);
    assertThat(answers).filteredOn(a -> a.status() == 200 && !Boolean.TRUE.equals(a.body().get("ended")))
        .as("one application started").hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> assertSaysOnly(a, "message",
        "The agency with ORI " + ori + " already has an open application; it cannot start another application."));
  }

  private static long endedAsDuplicates(List<Answer> answers) {
    return answers.stream().filter(a -> a.status() == 200 && Boolean.TRUE.equals(a.body().get("ended"))).count();
  }

  /** The refusal is in the rule's words; nothing of the database shows. */
  private static void assertSaysOnly(Answer answer, String field, String said) {
    assertThat(answer.text(field)).contains(said);
    assertThat(answer.body().toString()).doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("constraint")
        .doesNotContainIgnoringCase("insert").doesNotContainIgnoringCase("index").doesNotContainIgnoringCase("exception:");
  }

  // ---------------------------------------------------------------- the records

  private long agenciesWithOri(String ori) {
    return jdbc.queryForObject("select count(*) from agency where ori = ?", Long.class, ori);
  }

  private long applicationsOf(String ori) {
    return jdbc.queryForObject("select count(*) from application a join agency g on g.id = a.agency_id "
        + "where g.ori = ?", Long.class, ori);
  }

  /**
   * Through the API a loser is a 409 either way: rolled back at the database, or (arriving after the
   * winner committed) ended at endEvent_duplicateRejected; only the winner's participation runs.
   */
  private long runningParticipations() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("wsoParticipation").unfinished().count();
  }

  private long participationInstances() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("wsoParticipation").count();
  }

  private long warrantsNumbered(String number) {
    return jdbc.queryForObject("select count(*) from warrant where number = ?", Long.class, number);
  }

  private long warrantInstances(String number) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("warrantService")
        .processInstanceBusinessKey(number).count();
  }

  // ---------------------------------------------------------------- at the same moment

  /** One request per thread, all released together once every thread is ready; the answers in order. */
  private static List<Answer> atTheSameMoment(int count, Request request) {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Answer>> sent = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        sent.add(threads.submit((Callable<Answer>) () -> {
          ready.countDown();
          go.await();
          return request.send(index);
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> answer : sent) {
        answers.add(answer.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } catch (Exception e) {
      throw new IllegalStateException("The requests did not all come back: " + e, e);
    } finally {
      threads.shutdownNow();
    }
  }

  @FunctionalInterface
  interface Request {
    Answer send(int index) throws Exception;
  }

  private Answer post(String userId, String path, Map<String, Object> body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((userId + ":demo").getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    Map<String, Object> parsed = response.body().isBlank() ? Map.of()
        : JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
    return new Answer(response.statusCode(), parsed);
  }

  // ---------------------------------------------------------------- requests

  private static Map<String, Object> letter(String ori) {
    Map<String, Object> letter = new HashMap<>();
    letter.put("agencyName", "Parish " + ori + " Sheriff's Office");
    letter.put("agencyOri", ori);
    letter.put("agencyState", "LA");
    letter.put("agencyCounty", "Parish " + ori);
    letter.put("jailFacilityName", "Parish " + ori + " Correctional Center");
    letter.put("fieldOfficeCode", "NOL");
    letter.put("requestedOfficerCount", 4);
    letter.put("letterDate", LocalDate.now(ZoneId.of("America/Chicago")).toString());
    letter.put("contactName", "Chief Deputy");
    letter.put("contactEmail", "chief@parish.invalid");
    return letter;
  }


}
