package org.wso287g.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of a refusal body, for the OpenAPI description only: the handlers build it as Spring's
 * {@code ProblemDetail} (see {@link ApiProblems}).
 */
@Schema(name = "Problem", description = "RFC 7807 problem body (application/problem+json) of every error: it never "
    + "shows SQL, class names or stack traces.")
public record ApiProblem(
    @Schema(description = "urn:wso287g:problem:rule-violation when a program rule refused a field, else about:blank.",
        example = "urn:wso287g:problem:rule-violation") String type,
    @Schema(description = "What kind of refusal.", example = "Refused by the program's rules") String title,
    @Schema(description = "The HTTP status.", example = "400") Integer status,
    @Schema(description = "Every reason, in sentences.",
        example = "The ORI must be 9 characters: two letters of the state, then 7 letters or digits (e.g. LA0990000).")
    String detail,
    @Schema(description = "The path that was called.", example = "/api/applications") String instance,
    @Schema(description = "Each refused field and why; absent when no field can be named (e.g. a body that is not JSON).")
    List<FieldError> errors,
    @Schema(description = "On a 500 (a fault on the server) and on a value the database refused as data: the incident "
        + "reference under which the server's log holds the detail.", example = "3f2a9c1e-7b41")
    String reference) {

  /** One refused field. */
  @Schema(name = "ProblemError", description = "One refused field and why.")
  public record FieldError(
      @Schema(description = "The request field or parameter.", example = "agencyOri") String field,
      @Schema(description = "Why it was refused.",
          example = "The ORI must be 9 characters: two letters of the state, then 7 letters or digits (e.g. LA0990000).")
      String reason) {}
}
