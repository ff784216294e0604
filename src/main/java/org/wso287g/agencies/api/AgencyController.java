package org.wso287g.agencies.api;

import static org.wso287g.api.ApiDocs.NOT_FOUND;
import static org.wso287g.api.ApiDocs.PROBLEM_JSON;
import static org.wso287g.api.ApiDocs.SCOPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.api.ApiProblem;
import org.wso287g.access.AccessPolicy;
import org.wso287g.api.Caller;
import org.wso287g.api.NotOnRecord;
import org.wso287g.common.Problems;
import org.wso287g.common.Text;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.AgencyStatus;
import org.wso287g.onboarding.domain.MoaRepository;
import org.wso287g.vetting.domain.CandidateRepository;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.CredentialRepository;

/** Agencies within the caller's scope: a filtered, paged list, and one agency with its agreements and officers. */
@RestController
@RequestMapping("/api/agencies")
@RequiredArgsConstructor
@Tag(name = "Agencies", description = "Law enforcement agencies within the caller's scope, with their agreements and "
    + "officers.")
class AgencyController {

  private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");

  // Examples for the OpenAPI description, as the API answers them.
  private static final String PAGE = """
      {"content": [{"id": 1, "ori": "LA0990000", "name": "Demo Parish Sheriff's Office", "state": "LA",
                    "county": "Demo Parish", "jailFacilityName": "Demo Parish Correctional Center",
                    "fieldOfficeCode": "NOL", "status": "OPERATIONAL", "operationalSince": "2025-09-15",
                    "agreements": null, "officers": null}],
       "page": 0, "size": 50, "totalElements": 1, "totalPages": 1}""";
  private static final String BAD_PARAMETERS = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The page size must be between 1 and 500. 'SLEEPING' is not an agency status; use one of [PROSPECT, \
      APPLICANT, MOA_ACTIVE, OPERATIONAL, SUSPENDED, TERMINATED].",
       "instance": "/api/agencies",
       "errors": [{"field": "size", "reason": "The page size must be between 1 and 500."},
                  {"field": "status", "reason": "'SLEEPING' is not an agency status; use one of [PROSPECT, APPLICANT, \
      MOA_ACTIVE, OPERATIONAL, SUSPENDED, TERMINATED]."}]}""";
  private static final String AGENCY = """
      {"id": 1, "ori": "LA0990000", "name": "Demo Parish Sheriff's Office", "state": "LA", "county": "Demo Parish",
       "jailFacilityName": "Demo Parish Correctional Center", "fieldOfficeCode": "NOL", "status": "OPERATIONAL",
       "operationalSince": "2025-09-15",
       "agreements": [{"id": 1, "model": "WSO", "status": "ACTIVE", "effectiveOn": "2025-08-20", "endedOn": null,
                       "source": "WORKFLOW"}],
       "officers": [{"id": 1, "fullName": "Demo Warrant Service Officer", "badgeNumber": "DP-1042",
                     "status": "CREDENTIALED", "credentialNumber": "WSO-LA0990000-0001", "credentialStatus": "ACTIVE",
                     "userId": "demo.wso"}]}""";
  private static final String BAD_ID = """
      {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "Failed to convert 'id' with value: 'abc'",
       "instance": "/api/agencies/abc"}""";

  private static final String NONE = "-";

  private final AgencyRepository agencies;
  private final MoaRepository moas;
  private final CandidateRepository candidates;
  private final CredentialRepository credentials;
  private final AgencyMapper mapper;
  private final Caller caller;

  @Operation(summary = "List agencies",
      description = "The agencies within the caller's scope that match every filter given, sorted by state and name, "
          + "page by page. Any authenticated user; the scope rule: " + SCOPE + " Codes are case-insensitive.")
  @ApiResponse(responseCode = "200", description = "One page of agencies.", content = @Content(
      mediaType = "application/json", schema = @Schema(implementation = AgencyPage.class),
      examples = @ExampleObject(name = "ownAgency", summary = "An agency sees itself", value = PAGE)))
  @ApiResponse(responseCode = "400", description = "A filter or paging parameter is out of range.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "badParameters", summary = "Unknown status, page size 0",
              value = BAD_PARAMETERS)))
  @GetMapping
  @Transactional(readOnly = true)
  Map<String, Object> agencies(
      @Parameter(description = "Two-letter state code.", example = "LA") @RequestParam(required = false) String state,
      @Parameter(description = "ERO field office code.", example = "NOL")
      @RequestParam(required = false) String fieldOffice,
      @Parameter(description = "Agencies with an agreement of this model: WSO, JEM or TFM.", example = "WSO")
      @RequestParam(required = false) String model,
      @Parameter(description = "PROSPECT, APPLICANT, MOA_ACTIVE, OPERATIONAL, SUSPENDED or TERMINATED.",
          example = "OPERATIONAL")
      @RequestParam(required = false) String status,
      @Parameter(description = "Page number, from 0.", example = "0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size: 1 to 500.", example = "50") @RequestParam(defaultValue = "50") int size) {
    // The filters are codes: anything else is refused here rather than sent to the database (PostgreSQL
    // refuses NUL in a query parameter with its own message).
    Problems problems = new Problems()
        .check(page >= 0, "page", "The page number starts at 0.")
        .check(size >= 1 && size <= 500, "size", "The page size must be between 1 and 500.")
        .check(!Text.present(state) || STATE.matcher(state.trim()).matches(), "state",
            "The state is a two-letter code (e.g. LA).")
        .check(!Text.present(fieldOffice) || CODE.matcher(fieldOffice.trim()).matches(), "fieldOffice",
            "The field office is a three-letter code (e.g. NOL).")
        .check(!Text.present(model) || CODE.matcher(model.trim()).matches(), "model", "The model is WSO, JEM or TFM.");
    AgencyStatus wanted = null;
    if (status != null) {
      try {
        wanted = AgencyStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("status", "'" + status + "' is not an agency status; use one of " + List.of(AgencyStatus.values()) + ".");
      }
    }
    problems.throwIfAny();
    AccessPolicy.Scope scope = caller.scope();
    Page<Agency> found = agencies.search(upper(state), upper(fieldOffice), wanted, upper(model), scope.everything(),
        orNone(scope.fieldOffices()), orNone(scope.oris()),
        PageRequest.of(page, size, Sort.by("state", "name")));
    Map<String, Object> body = new HashMap<>();
    body.put("content", found.map(mapper::toSummary).getContent());
    body.put("page", found.getNumber());
    body.put("size", found.getSize());
    body.put("totalElements", found.getTotalElements());
    body.put("totalPages", found.getTotalPages());
    return body;
  }

  @Operation(summary = "One agency with its agreements and officers",
      description = "The agency, its agreements (MOAs, newest first) and its nominated officers with their credentials. "
          + "Any authenticated user, within the scope rule: " + SCOPE)
  @ApiResponse(responseCode = "200", description = "The agency.", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = AgencyDto.class),
      examples = @ExampleObject(name = "operational", summary = "An operational partner", value = AGENCY)))
  @ApiResponse(responseCode = "400", description = "The id is not a number.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "badId", summary = "Not a number", value = BAD_ID)))
  @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class)))
  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  ResponseEntity<AgencyDto> agency(
      @Parameter(description = "Agency id, as listed by GET /api/agencies.", example = "1") @PathVariable long id) {
    return agencies.findById(id)
        .filter(a -> caller.maySee(a.getFieldOfficeCode(), a.getOri()))
        .map(a -> ResponseEntity.ok(detail(a)))
        .orElseThrow(() -> new NotOnRecord("This agency"));
  }

  private AgencyDto detail(Agency agency) {
    Map<Long, Credential> credentialByCandidate = new HashMap<>();
    credentials.findByAgencyId(agency.getId()).forEach(c -> credentialByCandidate.put(c.getCandidate().getId(), c));
    List<AgencyDto.OfficerDto> officers = candidates.findByAgencyIdOrderByNominatedAtDesc(agency.getId()).stream()
        .map(c -> {
          Credential credential = credentialByCandidate.get(c.getId());
          return new AgencyDto.OfficerDto(c.getId(), c.getFullName(), c.getBadgeNumber(), c.getStatus().name(),
              credential == null ? null : credential.getNumber(), credential == null ? null : credential.getStatus().name(),
              c.getUserId());
        }).toList();
    return mapper.toDetail(agency, moas.findByAgencyIdOrderByEffectiveOnDesc(agency.getId()).stream()
        .map(mapper::toDto).toList(), officers);
  }

  /** An empty IN list is not valid SQL: a value no code or ORI has stands for "none". */
  private static List<String> orNone(List<String> codes) {
    return codes.isEmpty() ? List.of(NONE) : codes;
  }

  private static String upper(String value) {
    return Text.present(value) ? value.trim().toUpperCase(Locale.ROOT) : null;
  }
}
