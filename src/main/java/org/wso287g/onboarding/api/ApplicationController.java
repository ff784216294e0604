package org.wso287g.onboarding.api;

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
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
import org.wso287g.access.Jurisdiction;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.domain.ApplicationRepository;
import org.wso287g.onboarding.process.ParticipationProcess;
import org.wso287g.onboarding.process.ParticipationVariables;

/** Letters of interest through the API (the agency itself, or ICE staff), and where an application stands. */
@RestController
@RequestMapping("/api/applications")
@RequiredArgsConstructor
@Tag(name = "Applications", description = "Letters of interest (step 1 of the participation path) and where an "
    + "application stands.")
class ApplicationController {

  // Examples for the OpenAPI description, as the API answers them.
  private static final String CREATED = """
      {"applicationNumber": "WSO-2025-0001", "status": "UNDER_REVIEW"}""";
  private static final String BAD_ORI = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The ORI must be 9 characters: two letters of the state, then 7 letters or digits (e.g. LA0990000).",
       "instance": "/api/applications",
       "errors": [{"field": "agencyOri", "reason": "The ORI must be 9 characters: two letters of the state, then 7 \
      letters or digits (e.g. LA0990000)."}]}""";
  private static final String UNKNOWN_FIELD = """
      {"type": "about:blank", "title": "Unreadable request body", "status": 400,
       "detail": "'favouriteColour' is not a field of this request.", "instance": "/api/applications",
       "errors": [{"field": "favouriteColour", "reason": "'favouriteColour' is not a field of this request."}]}""";
  private static final String NOT_ALLOWED = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "demo.sheriff may not register a letter of interest for AL0200000: that is for camunda-admin, \
      hq-287g, fo-atl-director, lea-al0200000-command.",
       "instance": "/api/applications"}""";
  private static final String DUPLICATE = """
      {"type": "about:blank", "title": "Duplicate application", "status": 409,
       "detail": "The agency already has an open application or an active WSO agreement: it cannot start another.",
       "instance": "/api/applications"}""";
  private static final String APPLICATION = """
      {"number": "WSO-2025-0001", "status": "UNDER_REVIEW",
       "agency": {"id": 1, "name": "Demo Parish Sheriff's Office", "ori": "LA0990000", "state": "LA",
                  "fieldOfficeCode": "NOL", "status": "APPLICANT"},
       "letterDate": "2025-07-01", "requestedOfficerCount": 4, "registeredBy": "demo.sheriff",
       "registeredAt": "2025-07-01T15:04:05Z", "reviewDecision": null, "reviewComment": null, "reviewedBy": null,
       "reviewedAt": null, "steps": [],
       "openTasks": [{"id": "58beea2d-eb00-11f1-95cb-02fc00000001", "step": "userTask_reviewRequest",
                      "name": "Review request — Demo Parish Sheriff's Office (WSO-2025-0001)",
                      "candidateGroups": ["hq-287g", "fo-nol-director"], "assignee": null, "due": null}]}""";

  private final ParticipationProcess process;
  private final ApplicationRepository applications;
  private final ApplicationMapper mapper;
  private final Caller caller;

  @Operation(summary = "Register a letter of interest",
      description = "Starts the participation path for the agency and answers the application number. Allowed for "
          + "headquarters (hq-287g, camunda-admin), the director of the letter's field office "
          + "(fo-{fieldOfficeCode}-director) and the agency itself (lea-{agencyOri}-command); other callers get 403. "
          + "The fields are checked as on the Tasklist's start form (400 names the field). An agency with an open "
          + "application or an active WSO agreement cannot start another (409); nothing is recorded then. "
          + "Agreements already in force: with existingAgreementId, headquarters (hq-287g) only, the WSO agreement "
          + "imported from ICE's list is linked to a new application that stands APPROVED and goes straight to the "
          + "nomination (201); an unknown, non-WSO, non-ACTIVE or already linked agreement, another agency's ORI or a "
          + "field office that does not serve the agency's state is refused (400), any other caller gets 403.")
  @ApiResponse(responseCode = "201", description = "Registered; the application waits for ICE's review (UNDER_REVIEW), "
      + "or, for an agreement already in force, for the nomination (APPROVED).",
      headers = @Header(name = "Location", description = "The new application.",
          schema = @Schema(type = "string", example = "/api/applications/WSO-2025-0001")),
      content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "registered",
          summary = "Waiting for ICE's review", value = CREATED)))
  @ApiResponse(responseCode = "400", description = "A field breaks a rule, or the body is not the request's JSON.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class), examples = {
          @ExampleObject(name = "badOri", summary = "A field breaks a rule", value = BAD_ORI),
          @ExampleObject(name = "unknownField", summary = "A field the request does not have", value = UNKNOWN_FIELD)}))
  @ApiResponse(responseCode = "403", description = "The caller is neither headquarters, nor the letter's field "
      + "office director, nor the agency itself.", content = @Content(mediaType = PROBLEM_JSON,
          schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "otherAgency", summary = "A letter for another agency", value = NOT_ALLOWED)))
  @ApiResponse(responseCode = "409", description = "The agency already has an open application or an active WSO "
      + "agreement, or a letter for it sent at the same moment was recorded first; nothing is recorded.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "duplicate", summary = "An application is open", value = DUPLICATE)))
  @PostMapping
  ResponseEntity<?> register(@RequestBody LetterOfInterestRequest letter) {
    String ori = letter.agencyOri() == null ? "" : letter.agencyOri().trim();
    String office = letter.fieldOfficeCode() == null ? "" : letter.fieldOfficeCode().trim();
    caller.require(letter.existingAgreementId() == null ? Action.REGISTER_LETTER : Action.ENTER_EXISTING_AGREEMENT,
        new Jurisdiction(office, ori), ori);
    ParticipationProcess.Started started = process.start(variables(letter));
    if (started.applicationNumber().isEmpty()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, started.refusal());
      problem.setTitle("Duplicate application");
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    String number = started.applicationNumber().get();
    String status = applications.findByNumber(number).map(a -> a.getStatus().name()).orElse("UNDER_REVIEW");
    return ResponseEntity.created(URI.create("/api/applications/" + number))
        .body(Map.of("applicationNumber", number, "status", status));
  }

  @Operation(summary = "Where an application stands",
      description = "The application with its agency, the steps done (by whom, when) and the tasks open (for which "
          + "groups). Any authenticated user, within the scope rule: " + SCOPE)
  @ApiResponse(responseCode = "200", description = "The application.", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = ApplicationDto.class),
      examples = @ExampleObject(name = "underReview", summary = "Waiting for ICE's review", value = APPLICATION)))
  @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class)))
  @GetMapping("/{number}")
  ResponseEntity<ApplicationDto> application(
      @Parameter(description = "Application number, as answered by the registration.", example = "WSO-2025-0001")
      @PathVariable String number) {
    return applications.findWithAgencyByNumber(number)
        .filter(a -> caller.maySee(a.getAgency().getFieldOfficeCode(), a.getAgency().getOri()))
        .map(a -> ResponseEntity.ok(view(a)))
        .orElseThrow(() -> new NotOnRecord("This application"));
  }

  private ApplicationDto view(Application application) {
    return mapper.toDto(application, process.stepsDone(application.getNumber()), process.openTasks(application.getNumber()));
  }

  private static Map<String, Object> variables(LetterOfInterestRequest letter) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(ParticipationVariables.AGENCY_NAME, letter.agencyName());
    variables.put(ParticipationVariables.AGENCY_ORI, letter.agencyOri());
    variables.put(ParticipationVariables.AGENCY_STATE, letter.agencyState());
    variables.put(ParticipationVariables.AGENCY_COUNTY, letter.agencyCounty());
    variables.put(ParticipationVariables.JAIL_FACILITY_NAME, letter.jailFacilityName());
    variables.put(ParticipationVariables.FIELD_OFFICE_CODE, letter.fieldOfficeCode());
    variables.put(ParticipationVariables.REQUESTED_OFFICER_COUNT, letter.requestedOfficerCount());
    variables.put(ParticipationVariables.LETTER_DATE, letter.letterDate() == null ? null : letter.letterDate().toString());
    variables.put(ParticipationVariables.CONTACT_NAME, letter.contactName());
    variables.put(ParticipationVariables.CONTACT_EMAIL, letter.contactEmail());
    if (letter.existingAgreementId() != null) {
      variables.put(ParticipationVariables.EXISTING_AGREEMENT_ID, letter.existingAgreementId());
    }
    return variables;
  }
}
