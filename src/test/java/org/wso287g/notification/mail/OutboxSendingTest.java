package org.wso287g.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.wso287g.notification.domain.Outbox;
import org.wso287g.notification.domain.OutgoingMail;
import org.wso287g.testing.LocalSmtp;

/**
 * The outbox and its sender against a real SMTP server in the JVM (GreenMail): a committed message
 * arrives once with both bodies, a rolled-back one never exists, a duplicate is written once, and a
 * mail server that is down is retried after a pause and delivered once when it is back. The
 * scheduler's rounds are an hour apart here: each test runs its rounds itself.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:outbox-sending;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    "wso.mail.host=127.0.0.1",
    "wso.mail.from=wso-287g@program.example",
    "wso.mail.send-interval=PT1H",
    "wso.mail.retry-pause=PT1S",
    "wso.mail.retry-pause-max=PT2S",
    "wso.mail.timeout=PT5S"})
@DirtiesContext
class OutboxSendingTest {

  static final int SMTP_PORT = LocalSmtp.freePort();
  static GreenMail smtp = start();

  @Autowired Outbox outbox;
  @Autowired OutboxSender sender;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ProcessEngine engine;

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("wso.mail.port", () -> SMTP_PORT);
  }

  @BeforeEach
  void emptyOutboxAndMailboxes() throws Exception {
    if (!smtp.isRunning()) {
      smtp = start();
    }
    smtp.purgeEmailFromAllMailboxes();
    jdbc.update("delete from outbox_message");
  }

  @AfterAll
  static void stop() {
    smtp.stop();
  }

  @Test
  void aMessageOfACommittedStepArrivesOnceWithItsPlainTextAndHtmlBodies() throws Exception {
    Boolean written = transaction.execute(status -> outbox.enqueue(mail("task-created:t1:nol.director",
        "director@nol.example.gov")));
    assertThat(written).isTrue();

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).as("a sent message is not sent again").isZero();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage message = received[0];
    assertThat(message.getSubject()).isEqualTo("New task: Review application");
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("director@nol.example.gov");
    assertThat(message.getFrom()[0].toString()).isEqualTo("wso-287g@program.example");
    String raw = GreenMailUtil.getWholeMessage(message);
    assertThat(raw).contains("multipart/alternative", "text/plain", "text/html", "Open it in the Tasklist",
        "<p>Open it in the <a href=");
    Map<String, Object> row = row("task-created:t1:nol.director");
    assertThat(row).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 1).containsEntry("LAST_ERROR", null)
        .containsEntry("CLAIMED_BY", sender.node());
    assertThat(row.get("SENT_AT")).isNotNull();
  }

  @Test
  void aRolledBackStepLeavesNoMessageAndSendsNothing() {
    transaction.executeWithoutResult(status -> {
      outbox.enqueue(mail("task-created:t2:nol.director", "director@nol.example.gov"));
      status.setRollbackOnly();
    });

    assertThat(count()).isZero();
    assertThat(sender.sendDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void insideAnEngineCommandTheMessageCommitsAndRollsBackWithTheEngine() {
    // What a delegate or a task listener does: the engine's own transaction, not one the caller opened.
    var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    assertThatThrownBy(() -> commands.execute(context -> {
      outbox.enqueue(mail("task-created:t6:nol.director", "director@nol.example.gov"));
      throw new IllegalStateException("the business step fails");
    })).hasMessage("the business step fails");
    assertThat(count()).isZero();

    commands.execute(context -> outbox.enqueue(mail("task-created:t7:nol.director", "director@nol.example.gov")));
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void aDuplicateKeyWritesNothingAndLeavesTheCallersTransactionIntact() {
    transaction.executeWithoutResult(status -> {
      assertThat(outbox.enqueue(mail("decision:A-1:approved", "contact@agency.example"))).isTrue();
      assertThat(outbox.enqueue(mail("decision:A-1:approved", "other@agency.example"))).isFalse();
      // The business step goes on in the same transaction after the refused duplicate.
      assertThat(outbox.enqueue(mail("decision:A-1:moa-active", "contact@agency.example"))).isTrue();
    });
    assertThat((Boolean) transaction.execute(status -> outbox.enqueue(mail("decision:A-1:approved", "x@agency.example"))))
        .isFalse();

    assertThat(count()).isEqualTo(2);
    assertThat(row("decision:A-1:approved")).containsEntry("RECIPIENT", "contact@agency.example");
    assertThat(sender.sendDue()).isEqualTo(2);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void twoStepsWritingTheSameKeyAtOnceWriteItOnceAndBothCommit() throws Exception {
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
      boolean written = outbox.enqueue(mail("due-soon:t3:nol.director", "director@nol.example.gov"));
      firstWrote.countDown();
      await(secondStarted);
      pause(300); // the second is now waiting for this uncommitted key
      return written;
    }));
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
      await(firstWrote);
      secondStarted.countDown();
      boolean written = outbox.enqueue(mail("due-soon:t3:nol.director", "director@nol.example.gov"));
      // The second step's own work still commits.
      outbox.enqueue(mail("due-soon:t4:nol.director", "director@nol.example.gov"));
      return written;
    }));

    assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(20, TimeUnit.SECONDS)).isFalse();
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void aBlankRecipientWritesNothing() {
    assertThat((Boolean) transaction.execute(status -> outbox.enqueue(mail("decision:A-2:declined", " ")))).isFalse();
    assertThat(count()).isZero();
  }

  @Test
  void aMalformedAddressFailsForGoodWithoutStoppingTheOthers() {
    transaction.executeWithoutResult(status -> {
      outbox.enqueue(mail("decision:A-3:declined", "not an address@@"));
      outbox.enqueue(mail("decision:A-4:declined", "contact@agency.example"));
    });

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(row("decision:A-3:declined")).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 1);
    assertThat((String) row("decision:A-3:declined").get("LAST_ERROR")).contains("AddressException");
    assertThat(sender.sendDue()).as("a failed message is not tried again").isZero();
  }

  @Test
  void whileTheServerIsDownTheMessageWaitsWithItsAttemptsAndIsDeliveredOnceWhenItIsBack() throws Exception {
    smtp.stop();
    long started = System.nanoTime();
    transaction.executeWithoutResult(status -> outbox.enqueue(mail("task-created:t5:nol.director",
        "director@nol.example.gov")));
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("the business step is not delayed")
        .isLessThan(2000);

    Instant before = Instant.now();
    assertThat(sender.sendDue()).isZero();
    Map<String, Object> failed = row("task-created:t5:nol.director");
    assertThat(failed).containsEntry("STATUS", "PENDING").containsEntry("ATTEMPTS", 1);
    assertThat((String) failed.get("LAST_ERROR")).contains("Mail server connection failed");
    assertThat(nextAttempt("task-created:t5:nol.director")).as("the next attempt is pushed out")
        .isAfter(before);
    assertThat(sender.sendDue()).as("not tried again before the pause ends").isZero();
    assertThat(row("task-created:t5:nol.director")).containsEntry("ATTEMPTS", 1);

    pause(1200);
    assertThat(sender.sendDue()).isZero();
    Map<String, Object> twice = row("task-created:t5:nol.director");
    assertThat(twice).containsEntry("ATTEMPTS", 2).containsEntry("STATUS", "PENDING");
    assertThat(nextAttempt("task-created:t5:nol.director")).as("the pause grows: 2 s after the second")
        .isAfter(Instant.now().plusMillis(1500));

    smtp = start();
    pause(2200);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(row("task-created:t5:nol.director")).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 3)
        .containsEntry("LAST_ERROR", null);
  }

  @Test
  void aMessageOfANodeThatDiedMidSendIsTakenOverWhenItsLeaseEndsAndNotBefore() {
    Timestamp now = Timestamp.from(Instant.now());
    String insert = "insert into outbox_message (dedupe_key, recipient, subject, text_body, html_body, status, attempts, "
        + "created_at, next_attempt_at, claimed_by, claimed_until) values (?, 'director@nol.example.gov', ?, 'text', "
        + "null, 'SENDING', 1, ?, ?, 'dead-node', ?)";
    jdbc.update(insert, "lease:over", "Lease over", now, now, Timestamp.from(Instant.now().minusSeconds(1)));
    jdbc.update(insert, "lease:running", "Lease running", now, now, Timestamp.from(Instant.now().plusSeconds(300)));

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(row("lease:over")).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 2)
        .containsEntry("CLAIMED_BY", sender.node());
    assertThat(row("lease:running")).containsEntry("STATUS", "SENDING").containsEntry("CLAIMED_BY", "dead-node");
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void thePauseDoublesUpToItsCap() {
    MailSettings settings = new MailSettings("h", 25, null, null, "f", "u", false, java.time.Duration.ofSeconds(10),
        java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(30), java.time.Duration.ofSeconds(20),
        java.time.Duration.ofMinutes(5), 50, null);
    assertThat(settings.pauseAfter(1)).hasSeconds(30);
    assertThat(settings.pauseAfter(2)).hasSeconds(60);
    assertThat(settings.pauseAfter(4)).hasSeconds(240);
    assertThat(settings.pauseAfter(7)).hasMinutes(30);
    assertThat(settings.pauseAfter(1000)).hasMinutes(30);
  }

  static OutgoingMail mail(String key, String recipient) {
    return new OutgoingMail(key, recipient, "New task: Review application",
        "A new task waits for you: Review application.\nOpen it in the Tasklist: http://localhost:8080/camunda/app/tasklist/",
        "<p>A new task waits for you: <b>Review application</b>.</p>"
            + "<p>Open it in the <a href=\"http://localhost:8080/camunda/app/tasklist/\">Tasklist</a>.</p>");
  }

  private Map<String, Object> row(String key) {
    return jdbc.queryForMap("select * from outbox_message where dedupe_key = ?", key);
  }

  private Instant nextAttempt(String key) {
    return jdbc.queryForObject("select next_attempt_at from outbox_message where dedupe_key = ?", Timestamp.class, key)
        .toInstant();
  }

  private int count() {
    return jdbc.queryForObject("select count(*) from outbox_message", Integer.class);
  }

  private static GreenMail start() {
    return LocalSmtp.start(SMTP_PORT);
  }


  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
