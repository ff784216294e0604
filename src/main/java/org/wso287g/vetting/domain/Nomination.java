package org.wso287g.vetting.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wso287g.common.Problems;
import org.wso287g.common.Text;

/** One candidate as the agency's command staff nominate them. */
public record Nomination(String fullName, String badgeNumber, String email, boolean usCitizen) {

  public Nomination {
    fullName = Text.trim(fullName);
    badgeNumber = Text.trim(badgeNumber);
    email = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  /** Checks a whole nomination; fields are named {@code candidates[i].field} as in the form. */
  public static void validate(List<Nomination> nominations, Problems problems) {
    if (nominations.isEmpty()) {
      problems.add("candidates", "Nominate at least one candidate.");
      return;
    }
    Set<String> badges = new HashSet<>();
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < nominations.size(); i++) {
      Nomination n = nominations.get(i);
      String at = "candidates[" + i + "].";
      String who = "Candidate " + (i + 1);
      problems
          .check(Text.present(n.fullName()), at + "fullName", who + ": the full name is required.")
          .atMost(at + "fullName", n.fullName(), 120, who + ": the full name")
          .atMost(at + "email", n.email(), 254, who + ": the email")
          .check(!Text.hasControlCharacters(n.fullName()) && !Text.hasControlCharacters(n.badgeNumber())
              && !Text.hasControlCharacters(n.email()), at + "fullName", who + ": the name, badge number and email "
              + "may not hold control characters.")
          .check(Text.present(n.badgeNumber()) && n.badgeNumber().length() <= 20,
              at + "badgeNumber", who + ": the badge number is required (at most 20 characters).")
          .check(Text.isEmail(n.email()), at + "email",
              who + ": the email must be an email address.")
          .check(n.usCitizen(), at + "usCitizen",
              who + ": only U.S. citizens can be nominated; the background investigation starts with citizenship.");
      if (Text.present(n.badgeNumber()) && !badges.add(n.badgeNumber())) {
        problems.add(at + "badgeNumber", who + ": badge number " + n.badgeNumber() + " is nominated twice.");
      } else if (Text.isEmail(n.email()) && !emails.add(n.email())) {
        // One person, one candidacy: an e-mail names the person as a badge does (rules 9 and 10).
        problems.add(at + "email", who + ": " + n.email() + " is nominated twice.");
      }
    }
  }
}
