package org.wso287g.process;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.wso287g.access.NotAllowed;
import org.wso287g.common.RuleViolation;

/**
 * A {@link RuleViolation} crosses the engine as its form-validation exception (the one the Tasklist
 * and /engine-rest answer with 400 and the message), carrying every refused field in its detail; the
 * program's API turns it back into the violation, so its problem body names each field.
 */
public final class Refusals {

  private Refusals() {}

  /** Without a cause, so the engine rethrows it as it is instead of looking for an error boundary. */
  static FormFieldValidationException crossingTheEngine(RuleViolation violation) {
    return new FormFieldValidationException(List.copyOf(violation.problems()), violation.getMessage());
  }

  /** The violation a refusal from the engine stands for, with every field it names. */
  public static RuleViolation violation(FormFieldValidationException refusal) {
    Object detail = refusal.getDetail();
    if (detail instanceof List<?> problems && !problems.isEmpty()
        && problems.stream().allMatch(RuleViolation.Problem.class::isInstance)) {
      return new RuleViolation(problems.stream().map(RuleViolation.Problem.class::cast).toList());
    }
    return new RuleViolation(String.valueOf(detail), refusal.getMessage());
  }

  /**
   * Drives the engine as the caller (e.g. starts a process under their authorizations): a refusal of the
   * program's rules comes back as its {@link RuleViolation}, a missing permission as {@link NotAllowed}
   * saying first who may ({@code whoMay}), then the engine's reason.
   */
  public static <T> T asTheCaller(Supplier<T> call, String whoMay) {
    try {
      return call.get();
    } catch (FormFieldValidationException refusal) {
      throw violation(refusal);
    } catch (AuthorizationException notAllowed) {
      throw new NotAllowed(whoMay + ": " + notAllowed.getMessage());
    }
  }
}
