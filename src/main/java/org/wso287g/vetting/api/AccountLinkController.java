package org.wso287g.vetting.api;

import static org.wso287g.api.ApiDocs.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.access.Action;
import org.wso287g.access.Jurisdiction;
import org.wso287g.api.ApiProblem;
import org.wso287g.api.Caller;
import org.wso287g.vetting.domain.AccountLink;
import org.wso287g.vetting.domain.AccountLinks;

/** Rule 9: only an administrator links an existing account to an officer, on purpose. */
@RestController
@RequestMapping("/api/account-links")
@RequiredArgsConstructor
@Tag(name = "Account links", description = "Which existing account serves an officer (otherwise a new one is created).")
class AccountLinkController {

  // Examples for the OpenAPI description, as the API answers them.
  private static final String LINKED = """
      {"id": 1, "email": "dana.officer@demo-parish.invalid", "agencyOri": "LA0990000", "badgeNumber": "D-101",
       "userId": "dana.officer", "linkedBy": "admin", "linkedAt": "2026-03-20T15:00:00Z"}""";
  private static final String NO_SUCH_USER = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "No user 'dana.oficer' exists: create it in Camunda Admin first, or link nothing and the credential \
      creates a new account for the officer.",
       "instance": "/api/account-links",
       "errors": [{"field": "userId", "reason": "No user 'dana.oficer' exists: create it in Camunda Admin first, or \
      link nothing and the credential creates a new account for the officer."}]}""";
  private static final String NOT_ADMIN = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "hq.analyst may not link an existing account to officers: that is for camunda-admin.",
       "instance": "/api/account-links"}""";

  private final AccountLinks links;
  private final Caller caller;

  @Operation(summary = "Link an existing account to an officer",
      description = "Records that the person nominated with this e-mail, or with this badge number in this agency, "
          + "is the existing user userId: their credential enrols that user in the agency's WSO group instead of "
          + "creating a new account (rule 9). Without a link every officer gets a new account, named "
          + "wso.<ori>.<badge>. An e-mail, a badge and a user are each linked once. For administrators only "
          + "(camunda-admin).")
  @ApiResponse(responseCode = "201", description = "Linked.", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = AccountLinkDto.class),
      examples = @ExampleObject(name = "linked", summary = "By e-mail and badge", value = LINKED)))
  @ApiResponse(responseCode = "400", description = "No such user, the person is not named, an agency is unknown, or "
      + "the e-mail, badge or user is already linked.", content = @Content(mediaType = PROBLEM_JSON,
          schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "noSuchUser", summary = "A user who does not exist", value = NO_SUCH_USER)))
  @ApiResponse(responseCode = "403", description = "The caller is not an administrator.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "notAdmin", summary = "Headquarters staff", value = NOT_ADMIN)))
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AccountLinkDto link(@RequestBody AccountLinkRequest request) {
    caller.require(Action.LINK_OFFICER_ACCOUNT, Jurisdiction.national(), "officers");
    AccountLink link = links.link(request.email(), request.agencyOri(), request.badgeNumber(), request.userId(),
        caller.userId());
    return new AccountLinkDto(link.getId(), link.getEmail(), link.getAgency() == null ? null : link.getAgency().getOri(),
        link.getBadgeNumber(), link.getUserId(), link.getLinkedBy(), link.getLinkedAt());
  }
}
