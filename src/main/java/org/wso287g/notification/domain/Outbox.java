package org.wso287g.notification.domain;

/**
 * The one way the program sends e-mail (the specification's "Notifications"): a message is written
 * to the outbox table in the caller's transaction, so it exists if and only if the business step
 * commits, and a job sends it when a mail server is configured and reachable.
 */
public interface Outbox {

  /**
   * Writes the message in the caller's transaction. Never fails or delays the business step for a
   * mail reason (no server, server down): sending is the job's concern.
   *
   * @return false when a message with the same {@link OutgoingMail#dedupeKey()} was written before
   *     (nothing is written then)
   */
  boolean enqueue(OutgoingMail mail);
}
