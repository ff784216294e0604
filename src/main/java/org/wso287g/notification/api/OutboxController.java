package org.wso287g.notification.api;

import static org.wso287g.api.ApiDocs.PROBLEM_JSON;

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
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.access.Action;
import org.wso287g.access.Jurisdiction;
import org.wso287g.api.ApiProblem;
import org.wso287g.api.Caller;
import org.wso287g.common.Problems;
import org.wso287g.notification.domain.JdbcOutbox;
import org.wso287g.notification.domain.OutboxMessage;
import org.wso287g.notification.domain.OutboxStatus;

/** Notifications: the outbox of e-mail messages, for administrators. */
@RestController
@RequestMapping("/api/outbox")
@RequiredArgsConstructor
@Tag(name = "Outbox", description = "The e-mail notifications the program wrote, and whether they were sent.")
class OutboxController {

  // Examples for the OpenAPI description, as the API answers them.
  private static final String PAGE = """
      {"content": [{"id": 42, "dedupeKey": "task-created:7f3c0a4e:nol.director", "recipient": "director@nol.example.gov",
                    "subject": "New task: Review application — Demo Parish Sheriff's Office", "status": "PENDING",
                    "attempts": 2, "lastError": "MailSendException: Mail server connection failed",
                    "createdAt": "2026-03-20T15:00:00Z", "nextAttemptAt": "2026-03-20T15:01:30Z", "sentAt": null,
                    "claimedBy": "4711@node1"}],
       "page": 0, "size": 50, "totalElements": 1, "totalPages": 1}""";
  private static final String BAD_PARAMETERS = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "'LOST' is not an outbox status; use one of [PENDING, SENDING, SENT, FAILED].",
       "instance": "/api/outbox",
       "errors": [{"field": "status", "reason": "'LOST' is not an outbox status; use one of [PENDING, SENDING, SENT, \
      FAILED]."}]}""";
  private static final String NOT_ADMIN = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "hq.analyst may not see the outbox of the program: that is for camunda-admin.",
       "instance": "/api/outbox"}""";

  private final JdbcOutbox outbox;
  private final Caller caller;

  @Operation(summary = "List the outbox",
      description = "Every e-mail message the program wrote (one per recipient), newest first, page by page, with its "
          + "status, sending attempts and last error: without a mail server (WSO_MAIL_HOST) messages stay PENDING; "
          + "while the server is down each failed attempt is counted and the next one waits a growing pause. "
          + "For administrators only (camunda-admin).")
  @ApiResponse(responseCode = "200", description = "One page of messages.", content = @Content(
      mediaType = "application/json", schema = @Schema(implementation = OutboxPage.class),
      examples = @ExampleObject(name = "waiting", summary = "A message waiting for the mail server", value = PAGE)))
  @ApiResponse(responseCode = "400", description = "The status or a paging parameter is out of range.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "badStatus", summary = "Unknown status", value = BAD_PARAMETERS)))
  @ApiResponse(responseCode = "403", description = "The caller is not an administrator.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "notAdmin", summary = "Headquarters staff", value = NOT_ADMIN)))
  @GetMapping
  Map<String, Object> outbox(
      @Parameter(description = "PENDING, SENDING, SENT or FAILED; all when absent.", example = "PENDING")
      @RequestParam(required = false) String status,
      @Parameter(description = "Page number, from 0.", example = "0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size: 1 to 500.", example = "50") @RequestParam(defaultValue = "50") int size) {
    caller.require(Action.SEE_OUTBOX, Jurisdiction.national(), "the program");
    Problems problems = new Problems()
        .check(page >= 0, "page", "The page number starts at 0.")
        .check(size >= 1 && size <= 500, "size", "The page size must be between 1 and 500.");
    OutboxStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = OutboxStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("status", "'" + status + "' is not an outbox status; use one of " + List.of(OutboxStatus.values())
            + ".");
      }
    }
    problems.throwIfAny();
    Page<OutboxMessage> found = outbox.list(wanted, PageRequest.of(page, size));
    Map<String, Object> body = new HashMap<>();
    body.put("content", found.map(OutboxController::dto).getContent());
    body.put("page", found.getNumber());
    body.put("size", found.getSize());
    body.put("totalElements", found.getTotalElements());
    body.put("totalPages", found.getTotalPages());
    return body;
  }

  private static OutboxMessageDto dto(OutboxMessage message) {
    return new OutboxMessageDto(message.id(), message.dedupeKey(), message.recipient(), message.subject(),
        message.status().name(), message.attempts(), message.lastError(), message.createdAt(), message.nextAttemptAt(),
        message.sentAt(), message.claimedBy());
  }
}
