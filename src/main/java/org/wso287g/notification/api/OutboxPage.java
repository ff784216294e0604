package org.wso287g.notification.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The shape of GET /api/outbox, for the OpenAPI description only (the controller answers a map). */
@Schema(description = "One page of the outbox, newest first.")
record OutboxPage(
    @Schema(description = "The messages of this page.") List<OutboxMessageDto> content,
    @Schema(description = "Page number, from 0.", example = "0") int page,
    @Schema(description = "Page size asked for.", example = "50") int size,
    @Schema(description = "Messages that match, on every page.", example = "1") long totalElements,
    @Schema(description = "Number of pages.", example = "1") int totalPages) {}
