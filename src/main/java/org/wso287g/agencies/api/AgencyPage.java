package org.wso287g.agencies.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The shape of GET /api/agencies, for the OpenAPI description only (the controller answers a map). */
@Schema(description = "One page of agencies, sorted by state and name.")
record AgencyPage(
    @Schema(description = "The agencies of this page (agreements and officers empty).") List<AgencyDto> content,
    @Schema(description = "Page number, from 0.", example = "0") int page,
    @Schema(description = "Page size asked for.", example = "50") int size,
    @Schema(description = "Agencies that match, on every page.", example = "1") long totalElements,
    @Schema(description = "Number of pages.", example = "1") int totalPages) {}
