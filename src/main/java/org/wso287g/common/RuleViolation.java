package org.wso287g.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A program rule refused what a person submitted. Names each field (the form key or variable name)
 * with a sentence the person understands; the process layer turns it into a refusal that leaves the
 * task open (HTTP 400 through /engine-rest and the Tasklist).
 */
public class RuleViolation extends RuntimeException {

  /** One refused field and why. */
  public record Problem(String field, String reason) {}

  private final transient List<Problem> problems;

  public RuleViolation(String field, String reason) {
    this(List.of(new Problem(field, reason)));
  }

  public RuleViolation(List<Problem> problems) {
    super(problems.stream().map(Problem::reason).collect(Collectors.joining(" ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rule violation names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The first refused field, for channels that carry only one. */
  public String field() {
    return problems.get(0).field();
  }
}
