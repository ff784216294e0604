package org.wso287g.notification.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wso287g.common.Text;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.domain.ApplicationDecided;
import org.wso287g.onboarding.domain.ApplicationRepository;

/**
 * The agency's contact (the letter of interest's {@code contactEmail}) hears of each decision about
 * its application. Runs inside the transaction that records the decision (a synchronous listener), so
 * the message is in the outbox if and only if the decision commits.
 */
@Component
@RequiredArgsConstructor
public class AgencyContactMails {

  private final ApplicationRepository applications;
  private final MailTemplates templates;
  private final Outbox outbox;

  @EventListener
  public void on(ApplicationDecided decided) {
    Application application = applications.findByNumber(decided.applicationNumber()).orElse(null);
    if (application == null || !Text.isEmail(application.getContactEmail())) {
      return;
    }
    var facts = new MailTemplates.ApplicationFacts(application.getNumber(), application.getAgency().getName(),
        application.getContactName());
    String detail = decided.detail();
    MailText text = switch (decided.decision()) {
      case APPROVED -> templates.requestApproved(facts);
      case DECLINED -> templates.requestDeclined(facts, detail);
      case MORE_INFORMATION_ASKED -> templates.moreInformationAsked(facts, detail);
      case MOA_ACTIVE -> templates.moaActive(facts, detail);
      case OFFICER_CREDENTIALED -> templates.officerCredentialed(facts, detail);
      case NOTICE_RECEIVED -> templates.noticeReceived(facts, detail);
      case AGREEMENT_ENDED -> templates.agreementEnded(facts, detail);
    };
    outbox.enqueue(text.to(dedupeKey(decided), application.getContactEmail().trim()));
  }

  /**
   * Once per decision: a review decision can be taken again after more information (MORE_INFORMATION_ASKED
   * then APPROVED), and several officers and notices come one after another, so the detail is in the key.
   */
  static String dedupeKey(ApplicationDecided decided) {
    String base = "application-" + decided.decision().name().toLowerCase().replace('_', '-') + ":"
        + decided.applicationNumber();
    return switch (decided.decision()) {
      case MORE_INFORMATION_ASKED, OFFICER_CREDENTIALED, NOTICE_RECEIVED ->
          base + ":" + Integer.toHexString(String.valueOf(decided.detail()).hashCode());
      default -> base;
    };
  }
}
