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
