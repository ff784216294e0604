package org.wso287g.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every refused field of one submission, so the person sees all of them at once. */
public final class Problems {

  private final List<RuleViolation.Problem> found = new ArrayList<>();

  public Problems add(String field, String reason) {
    found.add(new RuleViolation.Problem(field, reason));
    return this;
  }

  public Problems check(boolean ok, String field, String reason) {
    if (!ok) {
      add(field, reason);
    }
    return this;
  }

  /**
   * A text the program keeps in a column of {@code max} characters: longer (once trimmed, as it is kept)
   * is refused with both lengths, before the database would refuse it with its own message.
   */
  public Problems atMost(String field, String value, int max, String what) {
    int length = value == null ? 0 : value.trim().length();
    return check(length <= max, field, what + " may have at most " + max + " characters; " + length + " were entered.");
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws a {@link RuleViolation} naming every problem found, if any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new RuleViolation(found);
    }
  }
}
