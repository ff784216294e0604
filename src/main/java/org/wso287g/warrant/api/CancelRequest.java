package org.wso287g.warrant.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** ERO withdraws a lodged warrant before it is served (Message_WarrantCancelled). */
@Schema(description = "Why ICE cancels the warrant before it is served.")
public record CancelRequest(
    @Schema(description = "The reason, recorded with who cancelled and when (at most 2000 characters).",
        example = "Warrant rescinded by the issuing officer.")
    String cancellationReason) {}
