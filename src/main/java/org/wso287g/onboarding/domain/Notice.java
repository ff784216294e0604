package org.wso287g.onboarding.domain;

import org.wso287g.common.Problems;
import org.wso287g.common.Text;

/** A written notice of termination or suspension of the MOA, by ICE or by the agency. */
public record Notice(String from, String kind, String reason, boolean exigent) {

  public static final String TERMINATION = "TERMINATION";
  public static final String SUSPENSION = "SUSPENSION";

  public void validate(Problems problems) {
    problems
        .check("ICE".equals(from) || "LEA".equals(from), "noticeFrom",
            "The notice must come from ICE or LEA; '" + from + "' was given.")
        .check(TERMINATION.equals(kind) || SUSPENSION.equals(kind), "noticeKind",
            "The notice must be a TERMINATION or a SUSPENSION; '" + kind + "' was given.")
        .check(Text.present(reason) && reason.length() <= 2000, "noticeReason",
            "The notice must give a reason (at most 2000 characters).");
  }

  MoaStatus endStatus() {
    return TERMINATION.equals(kind) ? MoaStatus.TERMINATED : MoaStatus.SUSPENDED;
  }
}
