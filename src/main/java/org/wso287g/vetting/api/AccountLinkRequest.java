package org.wso287g.vetting.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** An administrator links an existing account to a person who will be (or is being) vetted as an officer. */
@Schema(description = "Links an existing user to one person: by the e-mail the agency nominates them with, by the "
    + "agency's ORI and their badge number, or both. The credential step then enrols that user instead of creating "
    + "a new account.")
public record AccountLinkRequest(
    @Schema(description = "The candidate's e-mail as nominated; matched case-insensitively.",
        example = "dana.officer@demo-parish.invalid")
    String email,
    @Schema(description = "The agency's ORI, with badgeNumber.", example = "LA0990000")
    String agencyOri,
    @Schema(description = "The officer's badge number in that agency, with agencyOri.", example = "D-101")
    String badgeNumber,
    @Schema(description = "The existing user (Camunda Admin) who is this person.", example = "dana.officer")
    String userId) {}
