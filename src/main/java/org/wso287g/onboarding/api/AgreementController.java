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
    String side = process.giveNotice(caller.actor(), applicationNumber, notice.noticeFrom(), variables);
    Map<String, Object> body = new HashMap<>();
    body.put("applicationNumber", applicationNumber.trim());
    body.put("noticeFrom", side);
    body.put("noticeKind", notice.noticeKind());
    body.put("exigent", Boolean.TRUE.equals(notice.exigent()));
    body.put("givenBy", caller.userId());
    return ResponseEntity.created(URI.create("/api/applications/" + applicationNumber.trim())).body(body);
  }
}
