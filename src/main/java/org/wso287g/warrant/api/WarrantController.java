package org.wso287g.warrant.api;

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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.wso287g.api.ApiProblem;
import org.wso287g.api.Caller;
import org.wso287g.api.NotOnRecord;
import org.wso287g.common.ConcurrentDuplicate;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;
import org.wso287g.warrant.domain.DuplicateWarrant;
import org.wso287g.warrant.domain.Warrant;
import org.wso287g.warrant.domain.WarrantRepository;
import org.wso287g.warrant.process.WarrantProcess;
import org.wso287g.warrant.process.WarrantVariables;

/**
 * ERO lodges a warrant (starts Process 3): 201 when it waits for the release, 409 for a warrant number
 * already on record (nothing changes), 422 with the reason when the partnership check refuses it.
 */
@RestController
@RequestMapping("/api/warrants")
@RequiredArgsConstructor
@Tag(name = "Warrants", description = "ICE administrative warrants lodged with a partner agency's jail (warrant service).")
class WarrantController {

  // Examples for the OpenAPI description, as the API answers them.
  private static final String NO_RELEASE = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The new scheduled release is required.", "instance": "/api/warrants/ICE-I200-0001/reschedule",
       "errors": [{"field": "scheduledReleaseAt", "reason": "The new scheduled release is required."}]}""";
  private static final String LONG_REASON = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The reason may have at most 2000 characters.", "instance": "/api/warrants/ICE-I200-0001/cancel",
       "errors": [{"field": "cancellationReason", "reason": "The reason may have at most 2000 characters."}]}""";
  private static final String NOT_THE_AGENCYS_ERO = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "demo.sheriff may not reschedule or cancel a warrant lodged with the agency LA0990000: that is for \
      fo-nol-ero.", "instance": "/api/warrants/ICE-I200-0001/cancel"}""";
  private static final String NOT_WAITING = """
      {"type": "about:blank", "title": "Not waiting for this message", "status": 409,
       "detail": "Warrant ICE-I200-0001 no longer waits for its release: it is SERVED.",
       "instance": "/api/warrants/ICE-I200-0001/reschedule"}""";
  private static final String CANCELLED = """
      {"number": "ICE-I200-0001", "type": "I-200", "status": "CANCELLED",
       "statusReason": "Warrant rescinded by the issuing officer. (by nol.ero)",
       "agencyOri": "LA0990000", "agencyName": "Demo Parish Sheriff's Office",
       "facilityName": "Demo Parish Correctional Center", "subjectName": "Demo Subject",
       "subjectBookingNumber": "B-2025-1001", "issuedOn": "2025-07-01", "issuingOfficer": "Demo Supervisory Officer",
       "scheduledReleaseAt": "2025-07-03T19:00:00Z", "lodgedBy": "nol.ero", "lodgedAt": "2025-07-01T15:10:00Z",
       "closedAt": "2025-07-02T10:00:00Z", "rescheduledBy": null, "rescheduledAt": null}""";
  private static final String LODGED = """
      {"warrantNumber": "ICE-I200-0001", "status": "LODGED"}""";
  private static final String NO_NUMBER = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The warrant number is required (at most 40 characters).", "instance": "/api/warrants",
       "errors": [{"field": "warrantNumber", "reason": "The warrant number is required (at most 40 characters)."}]}""";
  private static final String UNKNOWN_AGENCY = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "No agency with ORI LA0000000 is on record.", "instance": "/api/warrants",
       "errors": [{"field": "agencyOri", "reason": "No agency with ORI LA0000000 is on record."}]}""";
  private static final String OTHER_FIELD_OFFICE = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "Warrants are lodged by ERO deportation officers (fo-{fo}-ero): atl.ero may not lodge a warrant with \
      the agency LA0990000: that is for camunda-admin, fo-nol-ero.", "instance": "/api/warrants"}""";
  private static final String NOT_ERO = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "Warrants are lodged by ERO deportation officers (fo-{fo}-ero): The user with id 'demo.sheriff' does \
      not have 'CREATE' permission on resource 'ProcessInstance'.", "instance": "/api/warrants"}""";
  private static final String DUPLICATE = """
      {"type": "about:blank", "title": "Duplicate warrant", "status": 409,
       "detail": "Warrant ICE-I200-0001 is already lodged: a warrant is lodged once.", "instance": "/api/warrants"}""";
  private static final String NOT_OPERATIONAL = """
      {"type": "about:blank", "title": "Warrant refused", "status": 422,
       "detail": "Demo Parish Sheriff's Office is not an operational WSO partner under an active MOA (it is APPLICANT).",
       "instance": "/api/warrants",
       "warrant": {"number": "ICE-I200-0001", "type": "I-200", "status": "REFUSED",
         "statusReason": "Demo Parish Sheriff's Office is not an operational WSO partner under an active MOA (it is \
      APPLICANT).",
         "agencyOri": "LA0990000", "agencyName": "Demo Parish Sheriff's Office",
         "facilityName": "Demo Parish Correctional Center", "subjectName": "Demo Subject",
         "subjectBookingNumber": "B-2025-1001", "issuedOn": "2025-07-01", "issuingOfficer": "Demo Supervisory Officer",
         "scheduledReleaseAt": "2025-07-03T19:00:00Z", "lodgedBy": "nol.ero", "lodgedAt": "2025-07-01T15:10:00Z",
         "closedAt": "2025-07-01T15:10:00Z", "rescheduledBy": null, "rescheduledAt": null}}""";
  private static final String WRONG_JAIL = """
      {"type": "about:blank", "title": "Warrant refused", "status": 422,
       "detail": "WSOs serve only inside their own agency's jail: Demo City Jail is not Demo Parish Sheriff's Office's \
      jail (Demo Parish Correctional Center).",
       "instance": "/api/warrants",
       "warrant": {"number": "ICE-I200-0002", "type": "I-200", "status": "REFUSED",
         "statusReason": "WSOs serve only inside their own agency's jail: Demo City Jail is not Demo Parish Sheriff's \
      Office's jail (Demo Parish Correctional Center).",
         "agencyOri": "LA0990000", "agencyName": "Demo Parish Sheriff's Office", "facilityName": "Demo City Jail",
         "subjectName": "Demo Subject", "subjectBookingNumber": "B-2025-1002", "issuedOn": "2025-07-01",
         "issuingOfficer": "Demo Supervisory Officer", "scheduledReleaseAt": "2025-07-03T19:00:00Z",
         "lodgedBy": "nol.ero", "lodgedAt": "2025-07-01T15:20:00Z", "closedAt": "2025-07-01T15:20:00Z",
         "rescheduledBy": null, "rescheduledAt": null}}""";
  private static final String WARRANT = """
      {"number": "ICE-I200-0001", "type": "I-200", "status": "LODGED", "statusReason": null,
       "agencyOri": "LA0990000", "agencyName": "Demo Parish Sheriff's Office",
       "facilityName": "Demo Parish Correctional Center", "subjectName": "Demo Subject",
       "subjectBookingNumber": "B-2025-1001", "issuedOn": "2025-07-01", "issuingOfficer": "Demo Supervisory Officer",
       "scheduledReleaseAt": "2025-07-03T19:00:00Z", "lodgedBy": "nol.ero", "lodgedAt": "2025-07-01T15:10:00Z",
       "closedAt": null, "rescheduledBy": null, "rescheduledAt": null}""";

  private final WarrantProcess process;
  private final WarrantRepository warrants;
  private final WarrantMapper mapper;
  private final Caller caller;

  @Operation(summary = "Lodge a warrant",
      description = "Starts warrant service: the warrant is recorded and waits for the person's scheduled release. "
          + "For the ERO deportation officers of the agency's field office (fo-{fieldOfficeCode}-ero) and camunda-admin; "
          + "other groups and ERO officers of another field office get 403. A warrant number already on "
          + "record is refused with 409 and nothing changes. When the partnership check refuses the warrant (agency not "
          + "operational under an active WSO agreement, no WSO with an active credential, a type other than I-200 or "
          + "I-205, a jail other than the agency's), the warrant is recorded as REFUSED and the answer is 422 with the "
          + "reason.")
  @ApiResponse(responseCode = "201", description = "Lodged; it waits for the release.",
      headers = @Header(name = "Location", description = "The lodged warrant.",
          schema = @Schema(type = "string", example = "/api/warrants/ICE-I200-0001")),
      content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "lodged",
          summary = "Waiting for the release", value = LODGED)))
  @ApiResponse(responseCode = "400", description = "A field breaks a rule, the agency is not on record, or the body is "
      + "not the request's JSON.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class), examples = {
          @ExampleObject(name = "noNumber", summary = "A required field is missing", value = NO_NUMBER),
          @ExampleObject(name = "unknownAgency", summary = "No agency with this ORI", value = UNKNOWN_AGENCY)}))
  @ApiResponse(responseCode = "403", description = "The caller is not an ERO officer of the agency's field office.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class), examples = {
          @ExampleObject(name = "notEro", summary = "An agency user", value = NOT_ERO),
          @ExampleObject(name = "otherFieldOffice", summary = "ERO of another field office", value = OTHER_FIELD_OFFICE)}))
  @ApiResponse(responseCode = "409", description = "The warrant number is already on record, or a lodging of it "
      + "sent at the same moment was recorded first; nothing changes.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "duplicate", summary = "Lodged before", value = DUPLICATE)))
  @ApiResponse(responseCode = "422", description = "The partnership check refused the warrant; it is recorded as "
      + "REFUSED with the reason.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = WarrantRefusal.class), examples = {
          @ExampleObject(name = "notOperational", summary = "The agency is not an operational partner",
              value = NOT_OPERATIONAL),
          @ExampleObject(name = "wrongJail", summary = "Not the agency's jail", value = WRONG_JAIL)}))
  @PostMapping
  ResponseEntity<?> lodge(@RequestBody LodgeWarrantRequest request) {
    String number = Text.trim(request.warrantNumber());
    if (number != null && warrants.existsByNumber(number)) {
      return duplicate(DuplicateWarrant.sentence(number));
    }
    boolean lodged;
    try {
      lodged = process.lodge(variables(request));
    } catch (ConcurrentDuplicate race) {
      return duplicate(race.getMessage());
    } catch (RuleViolation refused) {
      // A lodging that came just after another one committed meets the duplicate rule inside the engine.
      if (number != null && warrants.existsByNumber(number)) {
        return duplicate(DuplicateWarrant.sentence(number));
      }
      throw refused;
    }
    if (lodged) {
      // The number is the caller's text: encoded, it makes a valid address whatever it holds.
      return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/warrants/{number}").encode()
              .buildAndExpand(number).toUri())
          .body(Map.of("warrantNumber", number, "status", "LODGED"));
    }
    WarrantDto refused = mapper.toDto(warrants.findWithAgencyByNumber(number).orElseThrow());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.statusReason());
    problem.setTitle("Warrant refused");
    problem.setProperty("warrant", refused);
    return ResponseEntity.unprocessableEntity().body(problem);
  }

  @Operation(summary = "Where a warrant stands",
      description = "The warrant as lodged, its status and the reason for a refusal or stop. Any authenticated user, "
          + "within the scope rule on the agency holding the person: " + SCOPE)
  @ApiResponse(responseCode = "200", description = "The warrant.", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = WarrantDto.class),
      examples = @ExampleObject(name = "lodged", summary = "Waiting for the release", value = WARRANT)))
  @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class)))
  @GetMapping("/{number}")
  ResponseEntity<WarrantDto> warrant(
      @Parameter(description = "ICE's warrant number.", example = "ICE-I200-0001") @PathVariable String number) {
    return warrants.findWithAgencyByNumber(number)
        .filter(w -> caller.maySee(w.getAgency().getFieldOfficeCode(), w.getAgency().getOri()))
        .map(w -> ResponseEntity.ok(mapper.toDto(w)))
        .orElseThrow(() -> new NotOnRecord("This warrant"));
  }

  @Operation(summary = "Move a warrant's scheduled release",
      description = "Sends Message_ReleaseRescheduled: the serve task waits for the new release. For the ERO officers "
          + "of the agency's field office (fo-{fo}-ero), while the warrant waits for the release; who and when is recorded.")
  @ApiResponse(responseCode = "200", description = "The warrant, with its new release.", content = @Content(
      mediaType = "application/json", schema = @Schema(implementation = WarrantDto.class),
      examples = @ExampleObject(name = "rescheduled", summary = "Waiting for the new release", value = WARRANT)))
  @ApiResponse(responseCode = "400", description = "The new release is missing or has no offset.", content = @Content(
      mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
      examples = @ExampleObject(name = "noRelease", summary = "No new release", value = NO_RELEASE)))
  @ApiResponse(responseCode = "403", description = "The caller is not ERO of the agency's field office.", content = @Content(
      mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
      examples = @ExampleObject(name = "notEro", summary = "Not the agency's ERO", value = NOT_THE_AGENCYS_ERO)))
  @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class)))
  @ApiResponse(responseCode = "409", description = "The warrant no longer waits for its release (served, cancelled, "
      + "refused or stopped).", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "notWaiting", summary = "Already served", value = NOT_WAITING)))
  @PostMapping("/{number}/reschedule")
  ResponseEntity<WarrantDto> reschedule(
      @Parameter(description = "ICE's warrant number.", example = "ICE-I200-0001") @PathVariable String number,
      @RequestBody RescheduleRequest request) {
    return afterSending(number, warrant -> process.reschedule(caller.actor(), warrant,
        request.scheduledReleaseAt() == null ? null : request.scheduledReleaseAt().toInstant()));
  }

  @Operation(summary = "Cancel a warrant before it is served",
      description = "Sends Message_WarrantCancelled: the warrant ends at endEvent_cancelled with the reason. For the ERO "
          + "officers of the agency's field office (fo-{fo}-ero), while the warrant waits for the release; who and when "
          + "is recorded.")
  @ApiResponse(responseCode = "200", description = "The warrant, cancelled.", content = @Content(
      mediaType = "application/json", schema = @Schema(implementation = WarrantDto.class),
      examples = @ExampleObject(name = "cancelled", summary = "Cancelled", value = CANCELLED)))
  @ApiResponse(responseCode = "400", description = "The reason is too long.", content = @Content(
      mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
      examples = @ExampleObject(name = "longReason", summary = "Over 2000 characters", value = LONG_REASON)))
  @ApiResponse(responseCode = "403", description = "The caller is not ERO of the agency's field office.", content = @Content(
      mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
      examples = @ExampleObject(name = "notEro", summary = "Not the agency's ERO", value = NOT_THE_AGENCYS_ERO)))
  @ApiResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class)))
  @ApiResponse(responseCode = "409", description = "The warrant no longer waits for its release.", content = @Content(
      mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
      examples = @ExampleObject(name = "notWaiting", summary = "Already served", value = NOT_WAITING)))
  @PostMapping("/{number}/cancel")
  ResponseEntity<WarrantDto> cancel(
      @Parameter(description = "ICE's warrant number.", example = "ICE-I200-0001") @PathVariable String number,
      @RequestBody CancelRequest request) {
    return afterSending(number, warrant -> process.cancel(caller.actor(), warrant, request.cancellationReason()));
  }

  /**
   * Sends a message about a warrant the caller may see (another agency's or office's is not found, as
   * with GET) and answers the warrant as it is then.
   */
  private ResponseEntity<WarrantDto> afterSending(String number, Consumer<String> send) {
    Optional<Warrant> visible = warrants.findWithAgencyByNumber(number)
        .filter(w -> caller.maySee(w.getAgency().getFieldOfficeCode(), w.getAgency().getOri()));
    if (visible.isEmpty()) {
      throw new NotOnRecord("This warrant");
    }
    send.accept(visible.get().getNumber());
    return ResponseEntity.ok(mapper.toDto(warrants.findWithAgencyByNumber(visible.get().getNumber()).orElseThrow()));
  }

  /** A number on record, or lodged by another request at the same moment (rule 13): the same conflict. */
  private static ResponseEntity<ProblemDetail> duplicate(String sentence) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, sentence);
    problem.setTitle("Duplicate warrant");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  private static Map<String, Object> variables(LodgeWarrantRequest request) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(WarrantVariables.AGENCY_ORI, request.agencyOri());
    variables.put(WarrantVariables.FACILITY_NAME, request.facilityName());
    variables.put(WarrantVariables.SUBJECT_NAME, request.subjectName());
    variables.put(WarrantVariables.SUBJECT_BOOKING_NUMBER, request.subjectBookingNumber());
    variables.put(WarrantVariables.WARRANT_TYPE, request.warrantType());
    variables.put(WarrantVariables.WARRANT_NUMBER, request.warrantNumber());
    variables.put(WarrantVariables.WARRANT_ISSUED_ON,
        request.warrantIssuedOn() == null ? null : request.warrantIssuedOn().toString());
    variables.put(WarrantVariables.ISSUING_OFFICER, request.issuingOfficer());
    variables.put(WarrantVariables.SCHEDULED_RELEASE_AT,
        request.scheduledReleaseAt() == null ? null : request.scheduledReleaseAt().toInstant().toString());
    return variables;
  }
}
