package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Rule 14 over HTTP: who may send which message. The agency's ERO reschedules and cancels its
 * warrants, ICE and the agency give notice on their own agreement (the API and the give-notice start
 * form), each recorded with who and when; everybody else, and every correlation through /engine-rest
 * by anyone but an administrator, is refused with a 4xx that says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:message-senders;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessageSendersTest {

  @Autowired DemoUsers users;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  static String application;
  static final Attempts attempts = new Attempts();

  @Test
  @Order(1)
  void onlyTheAgencysEroReschedulesAndCancelsItsWarrantsAndEachIsRecorded() {
    application = users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    assertThat(send("nol.ero", HttpMethod.POST, "/api/warrants", Attempts.warrant("MSG-0001")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String later = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

    attempts.refused(send("demo.sheriff", HttpMethod.POST, "/api/warrants/MSG-0001/reschedule", Map.of("scheduledReleaseAt", later)),
        HttpStatus.FORBIDDEN, "fo-nol-ero");
    attempts.refused(send("ps.investigator", HttpMethod.POST, "/api/warrants/MSG-0001/cancel", Map.of()), HttpStatus.NOT_FOUND, null);
    attempts.refused(send("nol.ero", HttpMethod.POST, "/api/warrants/MSG-0001/reschedule", Map.of()), HttpStatus.BAD_REQUEST,
        "scheduledReleaseAt");
    attempts.refused(send("nol.ero", HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "Message_WarrantCancelled",
        "businessKey", "MSG-0001")), HttpStatus.FORBIDDEN, "camunda-admin");

    ResponseEntity<Map> rescheduled = send("nol.ero", HttpMethod.POST, "/api/warrants/MSG-0001/reschedule",
        Map.of("scheduledReleaseAt", later));
    assertThat(rescheduled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rescheduled.getBody()).containsEntry("scheduledReleaseAt", later).containsEntry("status", "LODGED")
        .containsEntry("rescheduledBy", "nol.ero");
    assertThat(jdbc.queryForObject("select rescheduled_by from warrant where number = 'MSG-0001'", String.class)).isEqualTo("nol.ero");
    assertThat(jdbc.queryForObject("select rescheduled_at from warrant where number = 'MSG-0001'", java.sql.Timestamp.class)).isNotNull();

    ResponseEntity<Map> cancelled = send("nol.ero", HttpMethod.POST, "/api/warrants/MSG-0001/cancel",
        Map.of("cancellationReason", "Warrant rescinded"));
    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
    assertThat((String) cancelled.getBody().get("statusReason")).contains("nol.ero");

    attempts.refused(send("nol.ero", HttpMethod.POST, "/api/warrants/MSG-0001/cancel", Map.of("cancellationReason", "again")),
        HttpStatus.CONFLICT, "no longer waits");
  }

  @Test
  @Order(2)
  void thePartiesGiveNoticeOnTheirOwnAgreementForTheirOwnSide() {
    String notices = "/api/agreements/" + application + "/notices";
    users.createUser("other.sheriff", "lea-la0980000-command");

    attempts.refused(send("nol.ero", HttpMethod.POST, notices, notice("TERMINATION")), HttpStatus.FORBIDDEN, "hq-287g, fo-nol-director");
    attempts.refused(send("other.sheriff", HttpMethod.POST, notices, notice("TERMINATION")), HttpStatus.FORBIDDEN, "lea-la0990000-command");
    Map<String, Object> forIce = notice("TERMINATION");
    forIce.put("noticeFrom", "ICE");
    attempts.refused(send("demo.sheriff", HttpMethod.POST, notices, forIce), HttpStatus.BAD_REQUEST, "noticeFrom");
    attempts.refused(send("demo.sheriff", HttpMethod.POST, notices, notice("PAUSE")), HttpStatus.BAD_REQUEST, "noticeKind");
    attempts.refused(send("hq.analyst", HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "Message_TerminationNotice",
        "businessKey", application, "all", true)), HttpStatus.FORBIDDEN, "camunda-admin");
    assertThat(jdbc.queryForObject("select count(*) from moa where notice_kind is not null", Long.class)).as("nothing recorded").isZero();

    ResponseEntity<Map> given = send("demo.sheriff", HttpMethod.POST, notices, notice("SUSPENSION"));
    assertThat(given.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(given.getBody()).containsEntry("noticeFrom", "LEA").containsEntry("givenBy", "demo.sheriff");
    assertThat(jdbc.queryForMap("select m.notice_from, m.notice_kind, m.notice_given_by from moa m join application a "
        + "on m.application_id = a.id where a.number = ?", application))
        .containsEntry("NOTICE_FROM", "LEA").containsEntry("NOTICE_KIND", "SUSPENSION").containsEntry("NOTICE_GIVEN_BY", "demo.sheriff");

    attempts.refused(send("hq.analyst", HttpMethod.POST, notices, notice("TERMINATION")), HttpStatus.BAD_REQUEST,
        "A notice period is already running");
  }

  @Test
  @Order(3)
  void theGiveNoticeStartFormGoesThroughTheSameDoor() {
    Map<String, Object> form = Map.of("variables", Map.of(
        "applicationNumber", Map.of("value", application, "type", "String"),
        "noticeKind", Map.of("value", "TERMINATION", "type", "String"),
        "noticeReason", Map.of("value", "Misuse of authority", "type", "String"),
        "exigent", Map.of("value", false, "type", "Boolean")));
    String start = "/engine-rest/process-definition/key/agreementNotice/submit-form";

    attempts.refused(send("nol.ero", HttpMethod.POST, start, form), HttpStatus.FORBIDDEN, null);
    attempts.refused(send("nol.director", HttpMethod.POST, start, form), HttpStatus.BAD_REQUEST, "A notice period is already running");
    Map<String, Object> rerouted = new HashMap<>((Map<String, Object>) form.get("variables"));
    rerouted.put("noticeFrom", Map.of("value", "LEA", "type", "String"));
    attempts.refused(send("nol.director", HttpMethod.POST, start, Map.of("variables", rerouted)), HttpStatus.BAD_REQUEST,
        "nol.director gives notice for ICE, not for LEA");
    Map<String, Object> extra = new HashMap<>((Map<String, Object>) form.get("variables"));
    extra.put("agencyOri", Map.of("value", "TX0000000", "type", "String"));
    attempts.refused(send("nol.director", HttpMethod.POST, start, Map.of("variables", extra)), HttpStatus.BAD_REQUEST,
        "'agencyOri' may not be set here");
  }

  @Test
  @Order(4)
  void everyRefusalWasAClientErrorWithAReason() {
    assertThat(attempts.serverErrors()).isZero();
    System.out.printf("Rule 14: %d refused attempts, %d answered 5xx%n", attempts.refused(), attempts.serverErrors());
  }

  private ResponseEntity<Map> send(String user, HttpMethod method, String path, Object body) {
    return Attempts.send(rest, user, method, path, body);
  }

  private static Map<String, Object> notice(String kind) {
    Map<String, Object> notice = new HashMap<>();
    notice.put("noticeKind", kind);
    notice.put("noticeReason", "The jail closes for renovation.");
    notice.put("exigent", false);
    return notice;
  }

}
