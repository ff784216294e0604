package org.wso287g.warrant.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The shape of the 422 body of POST /api/warrants, for the OpenAPI description only. */
@Schema(description = "RFC 7807 problem body of a warrant the partnership check refused, with the warrant as "
    + "recorded (REFUSED, with the reason).")
record WarrantRefusal(
    @Schema(example = "about:blank") String type,
    @Schema(example = "Warrant refused") String title,
    @Schema(example = "422") Integer status,
    @Schema(description = "Why the warrant was refused.",
        example = "Demo Parish Sheriff's Office is not an operational WSO partner under an active MOA (it is APPLICANT).")
    String detail,
    @Schema(example = "/api/warrants") String instance,
    @Schema(description = "The warrant as recorded.") WarrantDto warrant) {}
