package org.wso287g.notification.domain;

import java.time.OffsetDateTime;

/** One message of the outbox as it stands, for the administrators' view (the bodies left out). */
public record OutboxMessage(long id, String dedupeKey, String recipient, String subject, OutboxStatus status,
    int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt,
    String claimedBy) {}
