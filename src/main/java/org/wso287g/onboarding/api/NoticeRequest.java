package org.wso287g.onboarding.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A written notice of termination or suspension, sent through the API (Message_TerminationNotice). */
@Schema(description = "A notice of termination or suspension of the WSO agreement. Who sends it decides for whom it "
    + "is given: headquarters and the agency's Field Office Director give ICE's notice, the agency's command staff the "
    + "agency's.")
public record NoticeRequest(
    @Schema(description = "ICE or LEA; optional, and refused when it is not the side the caller gives notice for.",
        example = "ICE", allowableValues = {"ICE", "LEA"})
    String noticeFrom,
    @Schema(description = "TERMINATION or SUSPENSION.", example = "TERMINATION", allowableValues = {"TERMINATION", "SUSPENSION"})
    String noticeKind,
    @Schema(description = "Why the agreement ends (at most 2000 characters).", example = "The agency no longer holds ICE detainees.")
    String noticeReason,
    @Schema(description = "A public-safety emergency: the notice takes effect at once instead of after the notice period.",
        example = "false")
    Boolean exigent,
    @Schema(description = "The day the written notice was received; the notice period runs from it. Today when empty; "
        + "never in the future nor before the MOA was in force.", example = "2026-12-01")
    LocalDate noticeReceivedOn,
    @Schema(description = "How the written notice was delivered.", example = "CERTIFIED_MAIL",
        allowableValues = {"PERSONAL", "CERTIFIED_MAIL", "REGISTERED_MAIL", "TO_FOD"})
    String noticeDelivery) {}
