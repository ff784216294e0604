package org.wso287g.onboarding.domain;

import java.time.LocalDate;
import java.util.Set;
import org.wso287g.common.Problems;
import org.wso287g.common.Text;

/**
 * A written notice of termination or suspension of the MOA, by ICE or by the agency: received on a
 * day (the notice period runs from receipt) by a way of delivery the MOA names.
 */
public record Notice(String from, String kind, String reason, boolean exigent, LocalDate receivedOn, String delivery) {

  public static final String TERMINATION = "TERMINATION";
  public static final String SUSPENSION = "SUSPENSION";
  public static final Set<String> DELIVERIES = Set.of("PERSONAL", "CERTIFIED_MAIL", "REGISTERED_MAIL", "TO_FOD");

  /** A notice received today, its delivery not recorded. */
  public Notice(String from, String kind, String reason, boolean exigent) {
    this(from, kind, reason, exigent, null, null);
  }

  public void validate(Problems problems) {
    problems
        .check("ICE".equals(from) || "LEA".equals(from), "noticeFrom",
            "The notice must come from ICE or LEA; '" + from + "' was given.")
        .check(TERMINATION.equals(kind) || SUSPENSION.equals(kind), "noticeKind",
            "The notice must be a TERMINATION or a SUSPENSION; '" + kind + "' was given.")
        .check(Text.present(reason) && reason.length() <= 2000, "noticeReason",
            "The notice must give a reason (at most 2000 characters).")
        .check(delivery == null || DELIVERIES.contains(delivery), "noticeDelivery",
            "The notice was delivered PERSONAL, CERTIFIED_MAIL, REGISTERED_MAIL or TO_FOD; '" + delivery + "' was given.");
  }

  public boolean isSuspension() {
    return SUSPENSION.equals(kind);
  }

  MoaStatus endStatus() {
    return TERMINATION.equals(kind) ? MoaStatus.TERMINATED : MoaStatus.SUSPENDED;
  }
}
