package org.wso287g.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wso287g.testing.LocalSmtp;
import org.wso287g.testing.TestDatabases;

/**
 * Two nodes, each in its own JVM with its own outbox sender running every half second, on one
 * PostgreSQL database and one SMTP server (GreenMail, in this JVM): every message of the outbox is
 * delivered exactly once, and both nodes send. PostgreSQL run only.
 */
@EnabledIfSystemProperty(named = TestDatabases.SYSTEM_PROPERTY, matches = "postgres")
class OutboxClusterTest {

  static final int MESSAGES = 200;

  @Test
  void twoNodesSendingOneOutboxDeliverEveryMessageExactlyOnce() throws Exception {
    String database = TestDatabases.freshPostgres("outbox_cluster");
    int smtpPort = LocalSmtp.freePort();
    GreenMail smtp = LocalSmtp.start(smtpPort);
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabases.username(),
        TestDatabases.password()));
    try (ApplicationNode one = mailing(new ApplicationNode("outbox1", database), smtpPort);
        ApplicationNode two = mailing(new ApplicationNode("outbox2", database), smtpPort)) {
      one.start();
      two.start();
      one.awaitReady();
      two.awaitReady();

      // One business step writes them all; both senders find them due at once.
      Timestamp now = Timestamp.from(Instant.now());
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < MESSAGES; i++) {
        rows.add(new Object[] {"cluster:" + i, "officer" + (i % 7) + "@agency.example", "Message " + i, "text " + i,
            "<p>html " + i + "</p>", now, now});
      }
      jdbc.batchUpdate("insert into outbox_message (dedupe_key, recipient, subject, text_body, html_body, status, "
          + "attempts, created_at, next_attempt_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", rows);

      ProbeHistory.await("every message sent", Duration.ofMinutes(3),
          () -> count(jdbc, "select count(*) from outbox_message where status = 'SENT'") == MESSAGES);
      Thread.sleep(2000); // a late second delivery would arrive now

      MimeMessage[] received = smtp.getReceivedMessages();
      Map<String, Long> bySubject = Arrays.stream(received).map(OutboxClusterTest::subject)
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(received).as("delivered").hasSize(MESSAGES);
      assertThat(bySubject).hasSize(MESSAGES).allSatisfy((subject, times) -> assertThat(times).as(subject).isEqualTo(1));
      assertThat(count(jdbc, "select count(*) from outbox_message where attempts <> 1")).as("one attempt each").isZero();

      List<Map<String, Object>> byNode = jdbc.queryForList(
          "select claimed_by, count(*) as sent from outbox_message group by claimed_by");
      System.out.println("Messages sent per node: " + byNode);
      assertThat(byNode).as("both nodes sent").hasSize(2);
    } finally {
      smtp.stop();
    }
  }

  private static ApplicationNode mailing(ApplicationNode node, int smtpPort) {
    return node.withEnvironment("WSO_MAIL_HOST", "127.0.0.1")
        .withEnvironment("WSO_MAIL_PORT", String.valueOf(smtpPort))
        .withEnvironment("WSO_MAIL_SEND_INTERVAL", "PT0.5S");
  }

  private static long count(JdbcTemplate jdbc, String sql) {
    Long count = jdbc.queryForObject(sql, Long.class);
    return count == null ? 0 : count;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

}
