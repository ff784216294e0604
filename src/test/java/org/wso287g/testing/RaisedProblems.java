package org.wso287g.testing;

import java.util.List;
import java.util.function.Consumer;
import org.wso287g.common.Problems;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;

/** What a validation names, read back through the {@link RuleViolation} it raises, as its callers see it. */
public final class RaisedProblems {

  private RaisedProblems() {}

  public static List<Problem> of(Consumer<Problems> validation) {
    Problems problems = new Problems();
    validation.accept(problems);
    if (problems.isEmpty()) {
      return List.of();
    }
    try {
      problems.throwIfAny();
    } catch (RuleViolation violation) {
      return violation.problems();
    }
    throw new AssertionError("Problems not empty but nothing was thrown");
  }
}
