package org.wso287g.notification.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mail settings, {@code wso.mail} in {@code application.yaml} (docs/operations.md,
 * "Notifications"). Without a host, mail is off: messages wait in the outbox.
 *
 * @param host the SMTP server (WSO_MAIL_HOST); empty: mail is off
 * @param port its port (WSO_MAIL_PORT, default 25)
 * @param username the SMTP user (WSO_MAIL_USERNAME); empty: no authentication
 * @param password its password (WSO_MAIL_PASSWORD)
 * @param from the sender address (WSO_MAIL_FROM)
 * @param publicUrl where people open the Tasklist from a message's link (WSO_PUBLIC_URL)
 * @param starttls whether the connection must be upgraded with STARTTLS (WSO_MAIL_STARTTLS)
 * @param sendInterval the pause between two rounds of the sender
 * @param retryPause the pause after a first failed attempt; it doubles with each further failure
 * @param retryPauseMax the longest pause between two attempts
 * @param timeout the connection, read and write timeout of the SMTP conversation
 * @param lease how long a node keeps a message it claimed before another node may take it over;
 *     longer than one message's sending can take (three timeouts)
 * @param batchSize how many due messages one round looks at
 * @param nodeName this node's name in {@code claimed_by}; empty: {@code <pid>@<host>}
 */
@ConfigurationProperties(prefix = "wso.mail")
public record MailSettings(
    String host,
    @DefaultValue("25") int port,
    String username,
    String password,
    @DefaultValue("wso-287g@localhost") String from,
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue("false") boolean starttls,
    @DefaultValue("PT10S") Duration sendInterval,
    @DefaultValue("PT30S") Duration retryPause,
    @DefaultValue("PT30M") Duration retryPauseMax,
    @DefaultValue("PT20S") Duration timeout,
    @DefaultValue("PT5M") Duration lease,
    @DefaultValue("50") int batchSize,
    String nodeName) {

  /** Mail is on when a host is set. */
  public boolean on() {
    return host != null && !host.isBlank();
  }

  /** The pause before the next attempt after {@code attempts} failed ones: doubling, capped. */
  public Duration pauseAfter(int attempts) {
    Duration pause = retryPause;
    for (int i = 1; i < attempts && pause.compareTo(retryPauseMax) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(retryPauseMax) > 0 ? retryPauseMax : pause;
  }
}
