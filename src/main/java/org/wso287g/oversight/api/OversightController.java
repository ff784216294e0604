package org.wso287g.oversight.api;

import static org.wso287g.api.ApiDocs.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.api.ApiProblem;
import org.wso287g.api.Caller;
import org.wso287g.oversight.domain.OversightView;

/**
 * {@code GET /api/oversight} ({@code ?fieldOffice=NOL}): the oversight view, national for headquarters, one
 * field office for its director (Action SEE_OVERSIGHT).
 */
@RestController
@RequestMapping("/api/oversight")
@RequiredArgsConstructor
@Tag(name = "Oversight", description = "What needs oversight, per field office and agency.")
class OversightController {

  // Examples for the OpenAPI description, as the API answers them.
  private static final String FIELD_OFFICE = """
      {"at": "2026-03-20T15:00:00Z", "national": false,
       "totals": {"reviewsDue": 1, "reviewsOverdue": 1, "findingsNotCorrected": 1, "complaintsOpen": 1,
                  "complaintsRecordedLate": 0, "complaintsPastResolutionDue": 1, "suspendedCredentials": 1,
                  "credentialsNotReturned": 1, "operationalAgenciesWithoutActiveOfficer": 0, "noticesPending": 1},
       "fieldOffices": [{"code": "NOL", "name": "New Orleans",
         "totals": {"reviewsDue": 1, "reviewsOverdue": 1, "findingsNotCorrected": 1, "complaintsOpen": 1,
                    "complaintsRecordedLate": 0, "complaintsPastResolutionDue": 1, "suspendedCredentials": 1,
                    "credentialsNotReturned": 1, "operationalAgenciesWithoutActiveOfficer": 0, "noticesPending": 1},
         "agencies": [{"id": 1, "ori": "LA0990000", "name": "Demo Parish Sheriff's Office", "state": "LA",
           "status": "OPERATIONAL",
           "totals": {"reviewsDue": 1, "reviewsOverdue": 1, "findingsNotCorrected": 1, "complaintsOpen": 1,
                      "complaintsRecordedLate": 0, "complaintsPastResolutionDue": 1, "suspendedCredentials": 1,
                      "credentialsNotReturned": 1, "operationalAgenciesWithoutActiveOfficer": 0, "noticesPending": 1},
           "pendingNotices": [{"id": 3, "noticeFrom": "ICE", "kind": "TERMINATION", "exigent": false,
                               "effectiveAt": "2026-06-18T05:00:00Z"}]}]}]}""";
  private static final String BAD_OFFICE = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "'XYZ' is not an ERO field office code (e.g. NOL).", "instance": "/api/oversight",
       "errors": [{"field": "fieldOffice", "reason": "'XYZ' is not an ERO field office code (e.g. NOL)."}]}""";
  private static final String AGENCY = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "demo.sheriff may not see the oversight view of the program: that is for camunda-admin, hq-287g, \
      fo-{fo}-director.",
       "instance": "/api/oversight"}""";
  private static final String OTHER_OFFICE = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "nol.director may not see the oversight view of field office HOU: that is for camunda-admin, \
      hq-287g, fo-hou-director.",
       "instance": "/api/oversight"}""";

  private final OversightView oversight;
  private final OversightMapper mapper;
  private final Caller caller;

  @Operation(summary = "The oversight view",
      description = "Per field office and agency: reviews due (open initial and annual compliance review tasks) and "
          + "overdue (past their due date), findings not corrected, complaints open and, of them, recorded late and "
          + "past their resolution date, officers with a suspended credential, credentials not returned, operational "
          + "agencies with no active officer, and notices pending with the moment they take effect; totals per field "
          + "office and for the whole scope. Agencies with nothing to show are left out; every field office in scope "
          + "is listed. Headquarters (hq-287g, camunda-admin): every field office, or the one given; a Field Office "
          + "Director (fo-{code}-director): their own office only. Anybody else is refused.")
  @ApiResponse(responseCode = "200", description = "The view.", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = OversightDto.class),
      examples = @ExampleObject(name = "fieldOffice", summary = "A director's own office", value = FIELD_OFFICE)))
  @ApiResponse(responseCode = "400", description = "fieldOffice is not an ERO field office's code.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "badFieldOffice", summary = "fieldOffice=XYZ", value = BAD_OFFICE)))
  @ApiResponse(responseCode = "403", description = "The caller is neither headquarters nor a Field Office Director, "
      + "or asks for another office than their own.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class), examples = {
          @ExampleObject(name = "agency", summary = "An agency's command staff", value = AGENCY),
          @ExampleObject(name = "otherOffice", summary = "A director asks for another office", value = OTHER_OFFICE)}))
  @GetMapping
  OversightDto view(
      @Parameter(description = "One ERO field office's code (case-insensitive); by default every field office the "
          + "caller oversees.", example = "NOL")
      @RequestParam(required = false) String fieldOffice) {
    return mapper.toDto(oversight.of(caller.actor(), fieldOffice));
  }
}
