package org.wso287g.complaint.api;

import static org.wso287g.api.ApiDocs.NOT_FOUND;
import static org.wso287g.api.ApiDocs.PROBLEM_JSON;
import static org.wso287g.api.ApiDocs.SCOPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.api.ApiProblem;
import org.wso287g.api.Caller;
import org.wso287g.api.NotOnRecord;
import org.wso287g.access.Action;
import org.wso287g.complaint.domain.ComplaintRepository;
import org.wso287g.complaint.domain.ComplaintService;
import org.wso287g.complaint.process.ComplaintProcess;
import org.wso287g.complaint.process.ComplaintVariables;

/**
 * A complaint about a WSO partner (Process 4) recorded through the API: the same start step and rules
 * as the Tasklist's start form {@code record-complaint}.
 */
@RestController
@RequestMapping("/api/complaints")
@RequiredArgsConstructor
@Tag(name = "Complaints", description = "Complaints and allegations about WSO partner agencies and their officers "
    + "(oversight, Process 4 wsoComplaint).")
class ComplaintController {

  private static final String RECORDED = """
      {"complaintNumber": "CMP-2026-0001", "status": "RECORDED", "recordedLate": false,
       "complaintNoticeDueAt": "2026-03-25T00:00:00Z"}""";
  private static final String BAD_FIELDS = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "'KICKING' is not allowed for allegation; choose one of [USE_OF_FORCE, CIVIL_RIGHTS, \
      SCOPE_OF_AUTHORITY, MISCONDUCT, OTHER]. The credential WSO-MS0450000-0001 is of Other County Sheriff's Office, \
      not of Demo Parish Sheriff's Office: name the officer of the agency complained of.",
       "instance": "/api/complaints",
       "errors": [{"field": "allegation", "reason": "'KICKING' is not allowed for allegation; choose one of \
      [USE_OF_FORCE, CIVIL_RIGHTS, SCOPE_OF_AUTHORITY, MISCONDUCT, OTHER]."},
        {"field": "credentialNumber", "reason": "The credential WSO-MS0450000-0001 is of Other County Sheriff's \
      Office, not of Demo Parish Sheriff's Office: name the officer of the agency complained of."}]}""";
  private static final String NOT_ALLOWED = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "Complaints are recorded by hq-287g, fo-{fo}-director, fo-{fo}-ero and lea-{ori}-command, for the \
      agencies within their reach: other.sheriff may not record a complaint about the agency LA0990000: that is for \
      hq-287g, fo-nol-director, fo-nol-ero, lea-la0990000-command.", "instance": "/api/complaints"}""";
  private static final String COMPLAINT = """
      {"complaintNumber": "CMP-2026-0001", "status": "REFERRED", "agencyOri": "LA0990000",
       "agencyName": "Demo Parish Sheriff's Office", "credentialNumber": "WSO-LA0990000-0001",
       "complaintSource": "DETAINEE", "allegation": "USE_OF_FORCE",
       "allegationSummary": "The detainee states the officer used force during the service of the warrant.",
       "complaintReceivedAt": "2026-03-20T23:30:00Z", "complaintNoticeDueAt": "2026-03-25T00:00:00Z",
       "recordedAt": "2026-03-25T14:00:00Z", "recordedLate": true, "resolutionDueAt": "2026-06-18T23:30:00Z",
       "escalatedAt": null, "oprReference": "OPR-2026-0042", "oprNotifiedOn": "2026-03-25",
       "interimAction": "SUSPEND_OFFICER", "investigationOutcome": null, "outcomeSummary": null,
       "officerAction": null, "partiesNotifiedOn": null,
       "steps": [{"step": "RECORDED", "by": "nol.ero", "at": "2026-03-25T14:00:00Z"},
                 {"step": "REFERRED", "by": "nol.ero", "at": "2026-03-25T15:00:00Z"}]}""";

  private final ComplaintProcess process;
  private final ComplaintRepository complaints;
  private final ComplaintService service;
  private final Caller caller;

  @Operation(summary = "Record a complaint",
      description = "Starts wsoComplaint: the complaint is recorded with its number (CMP-{year}-{nnnn}), its notice due "
          + "48 hours after receipt (Saturdays and Sundays in the field office's zone not counted; a complaint recorded "
          + "later is accepted and marked late), and goes to the field office's ERO for referral. For hq-287g, and for "
          + "the agency's fo-{fo}-director, fo-{fo}-ero and lea-{ori}-command; anybody else gets 403.")
  @ApiResponse(responseCode = "201", description = "Recorded.",
      headers = @Header(name = "Location", description = "The complaint.",
          schema = @Schema(type = "string", example = "/api/complaints/CMP-2026-0001")),
      content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "recorded",
          summary = "Recorded in time", value = RECORDED)))
  @ApiResponse(responseCode = "400", description = "Fields break a rule (each one named), or the body is not the "
      + "request's JSON (a date-time without its offset too).",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "badFields", summary = "An unknown allegation and another agency's officer",
              value = BAD_FIELDS)))
  @ApiResponse(responseCode = "403", description = "The agency is outside the caller's reach.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "otherAgency", summary = "Command staff of another agency", value = NOT_ALLOWED)))
  @PostMapping
  ResponseEntity<Map<String, Object>> record(@RequestBody ComplaintRequest request) {
    // Asked here too, before the engine: the refusal then names the groups over this agency, where the
    // engine's own start refusal could only name the roles.
    service.agencyJurisdiction(request.agencyOri())
        .ifPresent(where -> caller.require(Action.RECORD_COMPLAINT, where, "the agency " + where.ori()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(ComplaintVariables.AGENCY_ORI, request.agencyOri());
    variables.put(ComplaintVariables.RECEIVED_AT,
        request.complaintReceivedAt() == null ? null : request.complaintReceivedAt().toString());
    variables.put(ComplaintVariables.SOURCE, request.complaintSource());
    variables.put(ComplaintVariables.CREDENTIAL_NUMBER, request.credentialNumber());
    variables.put(ComplaintVariables.ALLEGATION, request.allegation());
    variables.put(ComplaintVariables.ALLEGATION_SUMMARY, request.allegationSummary());
    String number = process.record(variables);
    var complaint = complaints.findWithAgencyByNumber(number).orElseThrow();
    Map<String, Object> body = new HashMap<>();
    body.put("complaintNumber", number);
    body.put("status", complaint.getStatus().name());
    body.put("recordedLate", complaint.isRecordedLate());
    body.put("complaintNoticeDueAt", complaint.getNoticeDueAt());
    return ResponseEntity.created(URI.create("/api/complaints/" + number)).body(body);
  }

  @Operation(summary = "Where a complaint stands",
      description = "The complaint, its status, whether its notice was late, when it is due and the steps done, each "
          + "with who and when. Within the scope rule on the agency complained of: " + SCOPE)
  @ApiResponse(responseCode = "200", description = "The complaint.", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = ComplaintDto.class),
      examples = @ExampleObject(name = "referred", summary = "Referred with the officer suspended", value = COMPLAINT)))
  @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class)))
  @GetMapping("/{number}")
  ResponseEntity<ComplaintDto> complaint(
      @Parameter(description = "The complaint number.", example = "CMP-2026-0001") @PathVariable String number) {
    return complaints.findWithAgencyByNumber(number)
        .filter(c -> caller.maySee(c.getAgency().getFieldOfficeCode(), c.getAgency().getOri()))
        .map(c -> ResponseEntity.ok(ComplaintDto.of(c)))
        .orElseThrow(() -> new NotOnRecord("This complaint"));
  }
}
