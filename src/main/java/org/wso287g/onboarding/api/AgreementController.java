package org.wso287g.onboarding.api;

import static org.wso287g.api.ApiDocs.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.api.ApiProblem;
import org.wso287g.api.Caller;
import org.wso287g.onboarding.process.ParticipationProcess;
import org.wso287g.onboarding.process.ParticipationVariables;

/** The messages a party sends about its WSO agreement (rule 14). */
@RestController
@RequestMapping("/api/agreements")
@RequiredArgsConstructor
@Tag(name = "Agreements", description = "Notices on a WSO agreement (MOA), given by ICE or by the agency.")
class AgreementController {

  private static final String GIVEN = """
      {"applicationNumber": "WSO-2025-0001", "noticeFrom": "ICE", "noticeKind": "TERMINATION", "exigent": false,
       "givenBy": "hq.analyst"}""";
  private static final String BAD_KIND = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The notice must be a TERMINATION or a SUSPENSION; 'PAUSE' was given.",
       "instance": "/api/agreements/WSO-2025-0001/notices",
       "errors": [{"field": "noticeKind", "reason": "The notice must be a TERMINATION or a SUSPENSION; 'PAUSE' was given."}]}""";
  private static final String NOT_ALLOWED = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "nol.ero may not give ICE's termination or suspension notice on the agreement of LA0990000: that is \
      for hq-287g, fo-nol-director.", "instance": "/api/agreements/WSO-2025-0001/notices"}""";
  private static final String NOT_WAITING = """
      {"type": "about:blank", "title": "Not waiting for this message", "status": 409,
       "detail": "The agreement of application WSO-2025-0001 is not in force, or a notice period is already running: \
      it takes no notice now.", "instance": "/api/agreements/WSO-2025-0001/notices"}""";

  private static final String WITHDRAWN = """
      {"applicationNumber": "WSO-2025-0001", "noticeFrom": "ICE", "withdrawnBy": "hq.analyst"}""";
  private static final String OTHER_SIDE = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The notice was given by LEA: only LEA may withdraw it, not ICE.",
       "instance": "/api/agreements/WSO-2025-0001/notice-withdrawal",
       "errors": [{"field": "noticeFrom", "reason": "The notice was given by LEA: only LEA may withdraw it, not ICE."}]}""";
  private static final String NOTHING_PENDING = """
      {"type": "about:blank", "title": "Not waiting for this message", "status": 409,
       "detail": "No notice on the agreement of application WSO-2025-0001 is pending: there is nothing to withdraw.",
       "instance": "/api/agreements/WSO-2025-0001/notice-withdrawal"}""";
  private static final String LIFTED = """
      {"applicationNumber": "WSO-2025-0001", "moaStatus": "ACTIVE", "liftedBy": "hq.analyst"}""";
  private static final String HQ_ONLY = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "nol.director may not lift the suspension of the agreement of LA0990000: that is for hq-287g.",
       "instance": "/api/agreements/WSO-2025-0001/suspension-lift"}""";
  private static final String NOT_SUSPENDED = """
      {"type": "about:blank", "title": "Not waiting for this message", "status": 409,
       "detail": "The agreement of application WSO-2025-0001 is not suspended: there is no suspension to lift.",
       "instance": "/api/agreements/WSO-2025-0001/suspension-lift"}""";

  private final ParticipationProcess process;
  private final Caller caller;

  @Operation(summary = "Give notice of termination or suspension",
      description = "Sends Message_TerminationNotice to the agreement's participation. For headquarters (hq-287g) and "
          + "the agency's Field Office Director (fo-{fo}-director), giving ICE's notice, and for the agency's command "
          + "staff (lea-{ori}-command), giving the agency's; for their own agreement only. The notice period starts "
          + "(at once when exigent); who gave it and when is recorded.")
  @ApiResponse(responseCode = "201", description = "The notice is recorded.", content = @Content(mediaType = "application/json",
      examples = @ExampleObject(name = "given", summary = "ICE's notice", value = GIVEN)))
  @ApiResponse(responseCode = "400", description = "A field breaks a rule, or the application is not on record.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "badKind", summary = "Not a notice kind", value = BAD_KIND)))
  @ApiResponse(responseCode = "403", description = "The caller may not give notice on this agreement.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "notAParty", summary = "Not a party to the agreement", value = NOT_ALLOWED)))
  @ApiResponse(responseCode = "409", description = "The agreement takes no notice now (not in force, or a notice "
      + "period is running).", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "notWaiting", summary = "No agreement waits for a notice", value = NOT_WAITING)))
  @PostMapping("/{applicationNumber}/notices")
  ResponseEntity<Map<String, Object>> giveNotice(
      @Parameter(description = "The application number of the agreement.", example = "WSO-2025-0001")
      @PathVariable String applicationNumber, @RequestBody NoticeRequest notice) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ParticipationVariables.NOTICE_KIND, notice.noticeKind());
    variables.put(ParticipationVariables.NOTICE_REASON, notice.noticeReason());
    variables.put(ParticipationVariables.EXIGENT, Boolean.TRUE.equals(notice.exigent()));
    variables.put(ParticipationVariables.NOTICE_RECEIVED_ON,
        notice.noticeReceivedOn() == null ? null : notice.noticeReceivedOn().toString());
    variables.put(ParticipationVariables.NOTICE_DELIVERY, notice.noticeDelivery());
    String side = process.giveNotice(caller.actor(), applicationNumber, notice.noticeFrom(), variables);
    Map<String, Object> body = new HashMap<>();
    body.put("applicationNumber", applicationNumber.trim());
    body.put("noticeFrom", side);
    body.put("noticeKind", notice.noticeKind());
    body.put("exigent", Boolean.TRUE.equals(notice.exigent()));
    body.put("givenBy", caller.userId());
    return ResponseEntity.created(URI.create("/api/applications/" + applicationNumber.trim())).body(body);
  }

  /** Why a pending notice is withdrawn, or a suspension lifted. */
  record Reason(@Schema(description = "Why (optional, at most 2000 characters).", example = "The dispute was settled.")
      String reason) {}

  @Operation(summary = "Withdraw a pending notice",
      description = "Sends Message_NoticeWithdrawn: the side that gave the pending notice (ICE: hq-287g, "
          + "fo-{fo}-director; the agency: lea-{ori}-command) withdraws it before it takes effect.")
  @ApiResponse(responseCode = "200", description = "The notice is withdrawn; the agreement goes on.", content = @Content(mediaType = "application/json",
      examples = @ExampleObject(name = "withdrawn", summary = "ICE withdraws its notice", value = WITHDRAWN)))
  @ApiResponse(responseCode = "400", description = "The notice was given by the other side, or a field breaks a rule.", content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class), examples = @ExampleObject(name = "otherSide", summary = "Not the side that gave it", value = OTHER_SIDE)))
  @ApiResponse(responseCode = "403", description = "The caller is not a party to the agreement.", content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class), examples = @ExampleObject(name = "notAParty", summary = "Not a party to the agreement", value = NOT_ALLOWED)))
  @ApiResponse(responseCode = "409", description = "No notice is pending on the agreement.", content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class), examples = @ExampleObject(name = "nothingPending", summary = "No pending notice", value = NOTHING_PENDING)))
  @PostMapping("/{applicationNumber}/notice-withdrawal")
  Map<String, Object> withdrawNotice(
      @Parameter(description = "The application number of the agreement.", example = "WSO-2025-0001")
      @PathVariable String applicationNumber, @RequestBody(required = false) Reason reason) {
    String side = process.withdrawNotice(caller.actor(), applicationNumber, reason == null ? null : reason.reason());
    return Map.of("applicationNumber", applicationNumber.trim(), "noticeFrom", side, "withdrawnBy", caller.userId());
  }

  @Operation(summary = "Lift a suspension",
      description = "Sends Message_SuspensionLifted, for headquarters (hq-287g) only: the MOA is ACTIVE again, the "
          + "agency OPERATIONAL, the credentials the suspension took ACTIVE again, and oversight goes on.")
  @ApiResponse(responseCode = "200", description = "The suspension is lifted.", content = @Content(mediaType = "application/json",
      examples = @ExampleObject(name = "lifted", summary = "Headquarters lifts the suspension", value = LIFTED)))
  @ApiResponse(responseCode = "403", description = "Only headquarters lifts a suspension.", content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class), examples = @ExampleObject(name = "headquartersOnly", summary = "Not headquarters", value = HQ_ONLY)))
  @ApiResponse(responseCode = "409", description = "The agreement is not suspended.", content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(implementation = ApiProblem.class), examples = @ExampleObject(name = "notSuspended", summary = "Nothing to lift", value = NOT_SUSPENDED)))
  @PostMapping("/{applicationNumber}/suspension-lift")
  Map<String, Object> liftSuspension(
      @Parameter(description = "The application number of the agreement.", example = "WSO-2025-0001")
      @PathVariable String applicationNumber, @RequestBody(required = false) Reason reason) {
    process.liftSuspension(caller.actor(), applicationNumber, reason == null ? null : reason.reason());
    return Map.of("applicationNumber", applicationNumber.trim(), "moaStatus", "ACTIVE", "liftedBy", caller.userId());
  }
}
