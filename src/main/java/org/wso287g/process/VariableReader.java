package org.wso287g.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;

/**
 * Reads process variables as the program's types. Camunda Forms submit dates as ISO strings and
 * numbers as Long or Double; REST clients may send any of these. A value that cannot be read is a
 * refusal naming the variable, not a technical fault.
 */
public final class VariableReader {

  private final VariableScope scope;

  private VariableReader(VariableScope scope) {
    this.scope = scope;
  }

  public static VariableReader of(VariableScope scope) {
    return new VariableReader(scope);
  }

  /** The value as text, or null when absent. */
  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public LocalDate date(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      // Forms send yyyy-MM-dd; REST clients sometimes send a full date-time: keep its date part.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new RuleViolation(name, "'" + text + "' is not a date; use the form yyyy-mm-dd (e.g. 2026-03-26).");
    }
  }

  /**
   * A moment in time: an ISO date-time with a zone or offset ({@code 2026-11-28T14:30:00Z}, as the
   * forms send it) or a Date; a date-time without zone is read in the server's zone.
   */
  public Instant instant(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    String text = value.toString().trim();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutZone) {
      try {
        return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
      } catch (DateTimeParseException e) {
        throw new RuleViolation(name, "'" + text + "' is not a date and time; use the form 2026-11-28T14:30:00Z.");
      }
    }
  }

  public BigDecimal decimal(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new RuleViolation(name, "'" + value + "' is not a number.");
    }
  }

  /** A whole number; absent or fractional values are refused with the variable's name. */
  public int integer(String name, String label) {
    BigDecimal value = decimal(name);
    if (value == null) {
      throw new RuleViolation(name, label + " is required.");
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new RuleViolation(name, label + " must be a whole number; " + value.toPlainString() + " was entered.");
    }
  }

  /** true/false, as a Boolean or the strings "true"/"false"; null when absent. */
  public Boolean bool(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    String text = value.toString().trim();
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return Boolean.valueOf(text);
    }
    throw new RuleViolation(name, "'" + text + "' is not true or false.");
  }

  /** One of the constants of {@code type}; refused with the allowed values otherwise. */
  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    String text = text(name);
    if (!Text.present(text)) {
      throw new RuleViolation(name, name + " is required; choose one of " + Arrays.toString(type.getEnumConstants()) + ".");
    }
    try {
      return Enum.valueOf(type, text.trim());
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(name, "'" + text + "' is not allowed for " + name + "; choose one of "
          + Arrays.toString(type.getEnumConstants()) + ".");
    }
  }
}
