package org.wso287g.vetting.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A recorded account link: which person, which account, who linked it and when. */
@Schema(description = "An account link as recorded.")
public record AccountLinkDto(
    @Schema(description = "Link id.", example = "1") Long id,
    @Schema(description = "The person's e-mail; empty for a link by badge only.", example = "dana.officer@demo-parish.invalid")
    String email,
    @Schema(description = "The agency's ORI; empty for a link by e-mail only.", example = "LA0990000") String agencyOri,
    @Schema(description = "The badge number; empty for a link by e-mail only.", example = "D-101") String badgeNumber,
    @Schema(description = "The linked user.", example = "dana.officer") String userId,
    @Schema(description = "The administrator who linked it.", example = "admin") String linkedBy,
    @Schema(description = "When.", example = "2026-03-20T15:00:00Z") Instant linkedAt) {}
