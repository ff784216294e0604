package org.wso287g.notification.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.wso287g.notification.domain.Outbox;
import org.wso287g.notification.domain.OutgoingMail;
import org.wso287g.notification.mail.OutboxSender;

/**
 * Without a mail host (the embedded default) every message waits in the outbox, the log says so once,
 * and GET /api/outbox shows it to administrators only.
 */
@ExtendWith(OutputCaptureExtension.class) // before the application starts: the capture sees its start-up
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:outbox-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    "wso.mail.send-interval=PT0.1S"})
@DirtiesContext
class OutboxApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired Outbox outbox;
  @Autowired OutboxSender sender;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void threeMessages() {
    jdbc.update("delete from outbox_message");
    transaction.executeWithoutResult(status -> {
      for (int i = 1; i <= 3; i++) {
        outbox.enqueue(new OutgoingMail("task-created:t" + i + ":nol.director", "director@nol.example.gov",
            "New task " + i, "text " + i, "<p>html " + i + "</p>"));
      }
    });
  }

  @Test
  void withoutAMailHostMessagesWaitInTheOutboxAndTheLogSaysSoOnce(CapturedOutput output) throws Exception {
    assertThat(sender.sendDue()).isZero();
    Thread.sleep(500); // several rounds of the scheduler
    assertThat(jdbc.queryForList("select status from outbox_message", String.class)).containsOnly("PENDING").hasSize(3);
    assertThat(jdbc.queryForList("select attempts from outbox_message", Integer.class)).containsOnly(0);

    assertThat(output.getAll().lines().filter(line -> line.contains(
        "Mail is off (WSO_MAIL_HOST not set): notifications wait in the outbox"))).hasSize(1);
  }

  @Test
  void anAdministratorSeesTheOutboxNewestFirstPageByPageAndByStatus() {
    ResponseEntity<Map> all = rest.withBasicAuth("admin", "demo").getForEntity("/api/outbox?size=2", Map.class);

    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(all.getBody()).containsEntry("totalElements", 3).containsEntry("totalPages", 2).containsEntry("size", 2);
    List<Map<String, Object>> content = (List<Map<String, Object>>) all.getBody().get("content");
    assertThat(content).extracting(m -> m.get("subject")).containsExactly("New task 3", "New task 2");
    assertThat(content.get(0)).containsEntry("status", "PENDING").containsEntry("attempts", 0)
        .containsEntry("recipient", "director@nol.example.gov").containsEntry("lastError", null)
        .containsEntry("sentAt", null).containsKeys("createdAt", "nextAttemptAt", "dedupeKey");

    ResponseEntity<Map> second = rest.withBasicAuth("admin", "demo").getForEntity("/api/outbox?size=2&page=1", Map.class);
    assertThat((List<?>) second.getBody().get("content")).hasSize(1);

    ResponseEntity<Map> sent = rest.withBasicAuth("admin", "demo").getForEntity("/api/outbox?status=sent", Map.class);
    assertThat(sent.getBody()).containsEntry("totalElements", 0);
    ResponseEntity<Map> pending = rest.withBasicAuth("admin", "demo").getForEntity("/api/outbox?status=PENDING", Map.class);
    assertThat(pending.getBody()).containsEntry("totalElements", 3);
  }

  @Test
  void aStatusThatDoesNotExistIsRefusedNamingTheField() {
    ResponseEntity<Map> refused = rest.withBasicAuth("admin", "demo").getForEntity("/api/outbox?status=LOST&size=0",
        Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("status", "size");
  }

  @Test
  void everyoneElseIsRefusedWithTheReasonAndEveryCallIsAuthenticated() {
    for (String user : List.of("hq.analyst", "nol.director")) {
      ResponseEntity<Map> refused = rest.withBasicAuth(user, "demo").getForEntity("/api/outbox", Map.class);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("detail")).as(user)
          .isEqualTo(user + " may not see the outbox of the program: that is for camunda-admin.");
    }
    assertThat(rest.getForEntity("/api/outbox", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("nobody", "demo").getForEntity("/api/outbox", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
