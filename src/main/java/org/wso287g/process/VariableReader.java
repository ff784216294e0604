package org.wso287g.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;

/**
 * Reads process variables as the program's types. Camunda Forms submit dates as ISO strings and
 * numbers as Long or Double; REST clients may send any of these. A value that cannot be read is a
 * refusal naming the variable, not a technical fault.
 *
 * <p>Reading is bounded (issue 9, point 6): a variable is read without deserializing it, so an
 * {@code Object} or JSON value sent for a form field is refused before any class is instantiated; a
 * number or date longer than {@link #MAX_LENGTH} characters is refused before it is parsed, and a
 * number is refused unless it has at most {@link #MAX_INTEGER_DIGITS} digits before the point and
 * {@link #MAX_FRACTION_DIGITS} after it, before any arithmetic ({@code 1e999999999} parses in no time
 * but asks for a billion digits once used).
 */
public final class VariableReader {

  /** Longer than any number or ISO date-time a person types. */
  static final int MAX_LENGTH = 40;
  /** More than any count, score or number of hours the program records. */
  static final int MAX_INTEGER_DIGITS = 15;
  static final int MAX_FRACTION_DIGITS = 10;

  private final VariableScope scope;

  private VariableReader(VariableScope scope) {
    this.scope = scope;
  }

  public static VariableReader of(VariableScope scope) {
    return new VariableReader(scope);
  }

  /** The value as text, or null when absent. */
  public String text(String name) {
    Object value = value(name);
    return value == null ? null : value.toString();
  }

  /**
   * A calendar day: {@code yyyy-MM-dd} (as the forms send it), or an ISO date-time with an offset, whose
   * date as written is taken. A {@link Date} is a moment without a calendar: its UTC day is taken.
   */
  public LocalDate date(String name) {
    Object value = value(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }
    String text = bounded(name, value);
    try {
      return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new RuleViolation(name, "'" + text + "' is not a date; use the form yyyy-mm-dd (e.g. 2026-03-26).");
    }
  }

  /**
   * A moment in time: an ISO date-time with a zone offset ({@code 2026-11-28T14:30:00Z}, as the forms
   * send it, or {@code -06:00}) or a Date. A date-time without an offset is refused (rule 11): the
   * server's zone is nobody's.
   */
  public Instant instant(String name) {
    Object value = value(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    String text = bounded(name, value);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new RuleViolation(name, "'" + text + "' is not a date and time with its offset from UTC; use the form "
          + "2026-11-28T14:30:00Z or 2026-11-28T08:30:00-06:00.");
    }
  }

  public BigDecimal decimal(String name) {
    Object value = value(name);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    String text = bounded(name, value);
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new RuleViolation(name, "'" + text + "' is not a number.");
    }
    // precision and scale are read off the parsed digits: no power of ten is computed here.
    BigDecimal significant = number.stripTrailingZeros();
    if (significant.precision() - significant.scale() > MAX_INTEGER_DIGITS
        || significant.scale() > MAX_FRACTION_DIGITS) {
      throw new RuleViolation(name, "'" + text + "' is out of range: at most " + MAX_INTEGER_DIGITS
          + " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after it.");
    }
    return number;
  }

  /** A whole number; absent or fractional values are refused with the variable's name. */
  public int integer(String name, String label) {
    BigDecimal value = decimal(name);
    if (value == null) {
      throw new RuleViolation(name, label + " is required.");
    }
    if (value.stripTrailingZeros().scale() > 0) {
      throw new RuleViolation(name, label + " must be a whole number; " + value.toPlainString() + " was entered.");
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new RuleViolation(name, label + " is out of range; " + value.toPlainString() + " was entered.");
    }
  }

  /** true/false, as a Boolean or the strings "true"/"false" (then kept as a Boolean); null when absent. */
  public Boolean bool(String name) {
    Object value = value(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    String text = value.toString().trim();
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return keep(name, Boolean.valueOf(text));
    }
    throw new RuleViolation(name, "'" + abbreviated(text) + "' is not true or false.");
  }

  /** One of the constants of {@code type} (kept as its name); refused with the allowed values otherwise. */
  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    String text = text(name);
    if (!Text.present(text)) {
      throw new RuleViolation(name, name + " is required; choose one of " + Arrays.toString(type.getEnumConstants()) + ".");
    }
    E chosen;
    try {
      chosen = Enum.valueOf(type, text.trim());
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(name, "'" + abbreviated(text) + "' is not allowed for " + name + "; choose one of "
          + Arrays.toString(type.getEnumConstants()) + ".");
    }
    if (!chosen.name().equals(text)) {
      keep(name, chosen.name());
    }
    return chosen;
  }

  /**
   * The value as the rule read it replaces the one sent ({@code " APPROVED "}, {@code "true"}), so that the
   * model's gateways, which compare the variable as it is, route on what the rule checked.
   */
  private <T> T keep(String name, T read) {
    scope.setVariable(name, read);
    return read;
  }

  /**
   * The plain value, read without deserialization: a form field is text, a number, a boolean or a
   * date, never an object or a JSON document, whose class name the sender chose.
   */
  private Object value(String name) {
    TypedValue typed = scope.getVariableTyped(name, false);
    if (typed == null) {
      return null;
    }
    if (typed instanceof SerializableValue) {
      throw new RuleViolation(name, name + " must be text, a number, true/false or a date; an object was sent.");
    }
    return typed.getValue();
  }

  /** The value as trimmed text, refused unread when it is longer than any number or date. */
  private static String bounded(String name, Object value) {
    String text = value.toString().trim();
    if (text.length() > MAX_LENGTH) {
      throw new RuleViolation(name, "'" + abbreviated(text) + "' is too long for a number or a date (at most "
          + MAX_LENGTH + " characters).");
    }
    return text;
  }

  /** Enough of a refused value to recognise it; a refusal does not echo a megabyte back. */
  private static String abbreviated(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
