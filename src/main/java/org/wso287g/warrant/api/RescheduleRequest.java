package org.wso287g.warrant.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** A new scheduled release for a lodged warrant (Message_ReleaseRescheduled). */
@Schema(description = "The jail's new release date and time for the person; the serve task waits for it.")
public record RescheduleRequest(
    @Schema(description = "The new scheduled release, a date-time with its offset.", example = "2026-03-24T09:00:00-05:00")
    OffsetDateTime scheduledReleaseAt) {}
