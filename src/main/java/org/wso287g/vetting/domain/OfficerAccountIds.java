package org.wso287g.vetting.domain;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * How a new officer's account is named (rule 9): from the agency's ORI and the badge number, never
 * from the e-mail, whose local part may be anybody's user id ({@code nol.ero}, two {@code jsmith}s).
 * The id must not be an existing user's: a suffix {@code .2}, {@code .3}, ... makes it free.
 */
final class OfficerAccountIds {

  static final String PREFIX = "wso.";

  /** Far more officers than one badge number ever names: beyond it the identity service is not answering sensibly. */
  private static final int MAX_SUFFIX = 1000;

  private OfficerAccountIds() {}

  /** {@code wso.<ori>.<badge>} in lower case, the badge reduced to letters, digits and hyphens. */
  static String base(String ori, String badgeNumber) {
    String badge = badgeNumber.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return PREFIX + ori.toLowerCase(Locale.ROOT) + "." + (badge.isEmpty() ? "officer" : badge);
  }

  /** The base id, or the first suffixed one that is not taken. */
  static String firstFree(String base, Predicate<String> taken) {
    if (!taken.test(base)) {
      return base;
    }
    for (int suffix = 2; suffix <= MAX_SUFFIX; suffix++) {
      String id = base + "." + suffix;
      if (!taken.test(id)) {
        return id;
      }
    }
    throw new IllegalStateException("Every account id from " + base + " to " + base + "." + MAX_SUFFIX + " is taken.");
  }
}
