package org.wso287g.vetting.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.common.Problems;
import org.wso287g.common.Text;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;

/**
 * Rule 9: an existing account serves an officer only when an administrator links it to that person
 * on purpose. The credential step honours the link ({@link VettingService#issueCredential}); without
 * one, the officer gets a new account.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class AccountLinks {

  private final AccountLinkRepository links;
  private final AgencyRepository agencies;
  private final OfficerAccounts accounts;
  private final Clock clock;

  /**
   * Links the person (by e-mail, by agency ORI and badge number, or both) to the existing user
   * {@code userId}. One person, one account: an e-mail, a badge and a user are each linked once.
   */
  public AccountLink link(String email, String agencyOri, String badgeNumber, String userId, String actor) {
    String mail = Text.present(email) ? email.trim().toLowerCase(Locale.ROOT) : null;
    String ori = Text.present(agencyOri) ? agencyOri.trim().toUpperCase(Locale.ROOT) : null;
    String badge = Text.present(badgeNumber) ? badgeNumber.trim() : null;
    String user = Text.present(userId) ? userId.trim() : null;
    Problems problems = new Problems();
    if (user == null) {
      problems.add("userId", "Name the existing user to link.");
    } else if (!accounts.exists(user)) {
      problems.add("userId", "No user '" + user + "' exists: create it in Camunda Admin first, or link nothing and "
          + "the credential creates a new account for the officer.");
    } else {
      links.findByUserId(user).ifPresent(other -> problems.add("userId", user + " is already linked to "
          + person(other) + " (by " + other.getLinkedBy() + "): one account serves one person."));
    }
    if (mail == null && ori == null && badge == null) {
      problems.add("email", "Name the person: their e-mail, or their agency's ORI and badge number, or both.");
    }
    if (mail != null) {
      if (!Text.isEmail(mail)) {
        problems.add("email", "The email must be an email address.");
      } else {
        links.findByEmail(mail).ifPresent(other -> problems.add("email", mail + " is already linked to "
            + other.getUserId() + "."));
      }
    }
    Agency agency = null;
    if (ori != null || badge != null) {
      problems.check(ori != null, "agencyOri", "A badge number needs the agency's ORI.");
      problems.check(badge == null || badge.length() <= 20, "badgeNumber", "A badge number has at most 20 characters.");
      if (badge == null) {
        problems.add("badgeNumber", "An agency's ORI needs the officer's badge number.");
      }
      if (ori != null) {
        agency = agencies.findByOri(ori).orElse(null);
        problems.check(agency != null, "agencyOri", "No agency with ORI " + ori + " is on record.");
      }
      if (agency != null && badge != null) {
        String linkedBadge = badge;
        links.findByAgencyAndBadgeNumber(agency, badge).ifPresent(other -> problems.add("badgeNumber",
            "Badge number " + linkedBadge + " of " + ori + " is already linked to " + other.getUserId() + "."));
      }
    }
    problems.throwIfAny();
    return links.save(new AccountLink(mail, agency, badge, user, actor, clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<AccountLink> linkOf(String email) {
    return links.findByEmail(email.trim().toLowerCase(Locale.ROOT));
  }

  private static String person(AccountLink link) {
    return link.getEmail() != null ? link.getEmail() : "badge " + link.getBadgeNumber() + " of " + link.getAgency().getOri();
  }
}
