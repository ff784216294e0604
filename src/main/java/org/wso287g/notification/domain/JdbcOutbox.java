package org.wso287g.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.wso287g.common.Text;

/**
 * The outbox in the table {@code outbox_message} (V19), written with the caller's connection: inside
 * the business step's transaction (JPA's or the engine's, both on the one data source), so that a
 * message exists if and only if the step commits. It opens no transaction of its own.
 *
 * <p>A duplicate {@link OutgoingMail#dedupeKey()} writes nothing and must not spoil the caller's
 * transaction. On PostgreSQL, where a failed statement aborts the whole transaction, the insert is
 * {@code on conflict (dedupe_key) do nothing}: a concurrent writer of the same key waits for the first
 * to commit, then writes nothing. On H2 a failed statement is undone alone, so a plain insert whose
 * duplicate key is caught does the same.
 */
@Component("outbox")
public class JdbcOutbox implements Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcOutbox.class);

  private static final String COLUMNS = "dedupe_key, recipient, subject, text_body, html_body, status, attempts, "
      + "created_at, next_attempt_at";
  private static final String VALUES = "values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean postgres;

  public JdbcOutbox(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.postgres = isPostgres(dataSource);
  }

  @Override
  public boolean enqueue(OutgoingMail mail) {
    if (mail == null || !Text.present(mail.dedupeKey()) || !Text.present(mail.recipient())) {
      // Nobody to write to (an agency without a contact e-mail, a user without one): nothing to keep.
      LOG.debug("No message written: no dedupe key or no recipient in {}", mail);
      return false;
    }
    Timestamp now = Timestamp.from(clock.instant());
    Object[] values = {mail.dedupeKey().trim(), mail.recipient().trim(), Text.present(mail.subject()) ? mail.subject() : "",
        mail.textBody() == null ? "" : mail.textBody(), mail.htmlBody(), now, now};
    if (postgres) {
      return jdbc.update("insert into outbox_message (" + COLUMNS + ") " + VALUES + " on conflict (dedupe_key) do nothing",
          values) == 1;
    }
    if (exists(mail.dedupeKey().trim())) {
      return false;
    }
    try {
      return jdbc.update("insert into outbox_message (" + COLUMNS + ") " + VALUES, values) == 1;
    } catch (DuplicateKeyException writtenMeanwhile) {
      return false;
    }
  }

  /** Whether a message with this dedupe key was written (and committed, or written in this transaction). */
  public boolean exists(String dedupeKey) {
    Integer count = jdbc.queryForObject("select count(*) from outbox_message where dedupe_key = ?", Integer.class,
        dedupeKey);
    return count != null && count > 0;
  }

  /** The messages, newest first, of one status or all (status null). */
  public Page<OutboxMessage> list(OutboxStatus status, Pageable page) {
    String where = status == null ? "" : " where status = '" + status.name() + "'";
    Long total = jdbc.queryForObject("select count(*) from outbox_message" + where, Long.class);
    List<OutboxMessage> content = total == null || total == 0 ? new ArrayList<>() : jdbc.query(
        "select id, dedupe_key, recipient, subject, status, attempts, last_error, created_at, next_attempt_at, sent_at, "
            + "claimed_by from outbox_message" + where + " order by created_at desc, id desc offset ? rows fetch next ? rows only",
        JdbcOutbox::message, page.getOffset(), page.getPageSize());
    return new PageImpl<>(content, page, total == null ? 0 : total);
  }

  private static OutboxMessage message(ResultSet row, int number) throws SQLException {
    return new OutboxMessage(row.getLong("id"), row.getString("dedupe_key"), row.getString("recipient"),
        row.getString("subject"), OutboxStatus.valueOf(row.getString("status")), row.getInt("attempts"),
        row.getString("last_error"), time(row, "created_at"), time(row, "next_attempt_at"), time(row, "sent_at"),
        row.getString("claimed_by"));
  }

  private static OffsetDateTime time(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant().atOffset(ZoneOffset.UTC);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
      return product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot tell which database the outbox is on: " + e.getMessage(), e);
    }
  }
}
