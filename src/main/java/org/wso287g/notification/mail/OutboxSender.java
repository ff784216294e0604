package org.wso287g.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox: a round every {@code wso.mail.send-interval}, apart from every business
 * transaction (the scheduler's own thread, each statement committed at once), so that a mail server
 * that is slow or down never fails or delays a business step.
 *
 * <p>Two nodes never send one message: a node takes a message with a conditional UPDATE (the claim)
 * that succeeds only while the message is still due, and sends only what it claimed. On PostgreSQL a
 * second UPDATE of the same row waits for the first to commit and then re-reads the row, which is no
 * longer due; on H2 the row lock does the same. The claim is a lease ({@code claimed_until}): a node
 * that dies mid-send leaves the message to the others once the lease ends. This is portable SQL (no
 * {@code FOR UPDATE SKIP LOCKED}, which H2 does not have); losing a claim costs one UPDATE.
 *
 * <p>A node that dies after the server accepted a message and before {@code SENT} was written sends
 * it again once the lease ends: delivery is at least once, never lost.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  static final String MAIL_OFF = "Mail is off (WSO_MAIL_HOST not set): notifications wait in the outbox "
      + "(GET /api/outbox)";

  /** Still due: waiting and its time has come, or claimed by a node whose lease ran out. */
  private static final String DUE = "((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))";

  private final MailSettings settings;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final JavaMailSenderImpl mailSender;
  private final String node;
  private final AtomicBoolean offAnnounced = new AtomicBoolean();

  public OutboxSender(MailSettings settings, JdbcTemplate jdbc, Clock clock) {
    this.settings = settings;
    this.jdbc = jdbc;
    this.clock = clock;
    this.mailSender = settings.on() ? mailSender(settings) : null;
    this.node = settings.nodeName() != null && !settings.nodeName().isBlank() ? settings.nodeName()
        : ManagementFactory.getRuntimeMXBean().getName();
  }

  /** Says once, at start-up, that mail is off; or where it goes. */
  @EventListener(ApplicationReadyEvent.class)
  public void announce() {
    if (!settings.on()) {
      if (offAnnounced.compareAndSet(false, true)) {
        LOG.warn(MAIL_OFF);
      }
    } else {
      LOG.info("Mail is on: the outbox is sent through {}:{} from {} every {} (node {})", settings.host(),
          settings.port(), settings.from(), settings.sendInterval(), node);
    }
  }

  @Scheduled(fixedDelayString = "${wso.mail.send-interval:PT10S}", initialDelayString = "${wso.mail.send-interval:PT10S}")
  void scheduledRound() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      // The database is away, for example: the next round tries again.
      LOG.warn("The outbox round stopped: {}", e.toString());
    }
  }

  /**
   * One round: claims the due messages one by one and sends each. Stops at the first failure of the
   * server itself (unreachable, authentication refused): the rest waits for the next round.
   *
   * @return the number of messages sent
   */
  public int sendDue() {
    if (mailSender == null) {
      return 0;
    }
    Timestamp now = Timestamp.from(clock.instant());
    List<Long> due = jdbc.queryForList("select id from outbox_message where " + DUE
        + " order by next_attempt_at, id fetch first " + settings.batchSize() + " rows only", Long.class, now, now);
    int sent = 0;
    for (Long id : due) {
      Claimed message = claim(id);
      if (message == null) {
        continue; // another node took it
      }
      try {
        mailSender.send(mime(message));
        markSent(message);
        sent++;
      } catch (MessagingException | RuntimeException failure) {
        boolean serverDown = markFailed(message, failure);
        if (serverDown) {
          break;
        }
      }
    }
    return sent;
  }

  /** This node's name, as written in {@code claimed_by}. */
  public String node() {
    return node;
  }

  private Claimed claim(long id) {
    Instant now = clock.instant();
    int claimed = jdbc.update("update outbox_message set status = 'SENDING', claimed_by = ?, claimed_until = ?, "
        + "attempts = attempts + 1 where id = ? and " + DUE, node, Timestamp.from(now.plus(settings.lease())), id,
        Timestamp.from(now), Timestamp.from(now));
    if (claimed != 1) {
      return null;
    }
    return jdbc.queryForObject("select id, recipient, subject, text_body, html_body, attempts from outbox_message "
        + "where id = ?", (row, n) -> new Claimed(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
            row.getString("text_body"), row.getString("html_body"), row.getInt("attempts")), id);
  }

  private MimeMessage mime(Claimed message) throws MessagingException {
    MimeMessage mime = mailSender.createMimeMessage();
    boolean html = message.htmlBody() != null && !message.htmlBody().isBlank();
    MimeMessageHelper helper = new MimeMessageHelper(mime, html ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED
        : MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
    helper.setFrom(settings.from());
    helper.setTo(message.recipient());
    helper.setSubject(message.subject());
    if (html) {
      helper.setText(message.textBody(), message.htmlBody());
    } else {
      helper.setText(message.textBody(), false);
    }
    return mime;
  }

  private void markSent(Claimed message) {
    int marked = jdbc.update("update outbox_message set status = 'SENT', sent_at = ?, claimed_until = null, "
        + "last_error = null where id = ? and claimed_by = ? and status = 'SENDING'", Timestamp.from(clock.instant()),
        message.id(), node);
    if (marked != 1) {
      LOG.warn("Outbox message {} was sent, but its claim had run out and another node took it over: it may arrive "
          + "twice (raise wso.mail.lease above three times wso.mail.timeout)", message.id());
    }
  }

  /** Records the failure and the next attempt; answers whether the server itself failed. */
  private boolean markFailed(Claimed message, Exception failure) {
    boolean permanent = permanent(failure);
    boolean serverDown = !permanent && serverDown(failure);
    Instant next = clock.instant().plus(settings.pauseAfter(message.attempts()));
    String error = describe(failure);
    jdbc.update("update outbox_message set status = ?, last_error = ?, next_attempt_at = ?, claimed_until = null "
        + "where id = ? and claimed_by = ? and status = 'SENDING'", permanent ? "FAILED" : "PENDING", error,
        Timestamp.from(next), message.id(), node);
    if (permanent) {
      LOG.warn("Outbox message {} to {} cannot be sent, it is FAILED: {}", message.id(), message.recipient(), error);
    } else {
      LOG.warn("Outbox message {} not sent (attempt {}), next attempt at {}: {}", message.id(), message.attempts(),
          next, error);
    }
    return serverDown;
  }

  /** A malformed address, or one the server refuses: trying again does not help. */
  private static boolean permanent(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.mail.internet.AddressException) {
        return true;
      }
      if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
          && refused.getInvalidAddresses().length > 0) {
        return true;
      }
    }
    if (failure instanceof MailSendException send) {
      return send.getMessageExceptions().length > 0
          && java.util.Arrays.stream(send.getMessageExceptions()).allMatch(OutboxSender::permanent);
    }
    return false;
  }

  /** The server is unreachable or refuses our credentials: every other message would fail the same way. */
  private static boolean serverDown(Exception failure) {
    return failure instanceof MailAuthenticationException
        || failure instanceof MailSendException send && send.getMessage() != null
            && send.getMessage().startsWith("Mail server connection failed");
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null && text.length() < 1500; cause = cause.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
      if (cause.getCause() == cause) {
        break;
      }
    }
    return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
  }

  private static JavaMailSenderImpl mailSender(MailSettings settings) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(settings.host().trim());
    sender.setPort(settings.port());
    sender.setDefaultEncoding("UTF-8");
    Properties properties = sender.getJavaMailProperties();
    String millis = String.valueOf(settings.timeout().toMillis());
    properties.setProperty("mail.smtp.connectiontimeout", millis);
    properties.setProperty("mail.smtp.timeout", millis);
    properties.setProperty("mail.smtp.writetimeout", millis);
    if (settings.username() != null && !settings.username().isBlank()) {
      sender.setUsername(settings.username());
      sender.setPassword(settings.password());
      properties.setProperty("mail.smtp.auth", "true");
    }
    if (settings.starttls()) {
      properties.setProperty("mail.smtp.starttls.enable", "true");
      properties.setProperty("mail.smtp.starttls.required", "true");
    }
    return sender;
  }

  private record Claimed(long id, String recipient, String subject, String textBody, String htmlBody, int attempts) {}
}
