package org.wso287g.notification.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One message of the outbox as GET /api/outbox shows it (without its bodies). */
@Schema(description = "One e-mail message of the outbox.")
public record OutboxMessageDto(
    @Schema(description = "Message id.", example = "42") long id,
    @Schema(description = "What makes the message once-only.", example = "task-created:7f3c0a4e:nol.director")
    String dedupeKey,
    @Schema(description = "The one recipient.", example = "director@nol.example.gov") String recipient,
    @Schema(description = "The subject line.", example = "New task: Review application — Demo Parish Sheriff's Office")
    String subject,
    @Schema(description = "PENDING (waits: no mail server, or its next attempt is not due), SENDING (a node is sending "
        + "it), SENT, FAILED (cannot be sent: a malformed or refused address).", example = "PENDING")
    String status,
    @Schema(description = "Sending attempts so far.", example = "2") int attempts,
    @Schema(description = "Why the last attempt failed; empty once sent.",
        example = "MailSendException: Mail server connection failed") String lastError,
    @Schema(description = "When the business step wrote it.", example = "2026-03-20T15:00:00Z") OffsetDateTime createdAt,
    @Schema(description = "Not sent before then (the pause after a failure).", example = "2026-03-20T15:01:00Z")
    OffsetDateTime nextAttemptAt,
    @Schema(description = "When the mail server accepted it; empty before.", example = "2026-03-20T15:01:02Z")
    OffsetDateTime sentAt,
    @Schema(description = "The node that sends or sent it.", example = "4711@node1") String claimedBy) {}
