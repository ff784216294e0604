package org.wso287g.notification.domain;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
  /** Waits: no mail server is configured, or its next attempt is not due yet. */
  PENDING,
  /** A node has claimed it and is sending it, until its lease ends. */
  SENDING,
  /** The mail server accepted it. */
  SENT,
  /** It can never be sent (a malformed or refused address); never for a server that is down. */
  FAILED
}
