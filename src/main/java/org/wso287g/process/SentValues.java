package org.wso287g.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;

/**
 * The values a caller sends with a start or a task completion, checked before the engine keeps them:
 * what it cannot keep would otherwise fail as it writes them (a 500, after the steps had run). A form
 * field is text, a number, true/false or a date; the nomination's list is JSON. Refused, naming the
 * variable: text longer than the engine's text column (4000 characters, on H2 and PostgreSQL alike),
 * a file or bytes, an object in any format but JSON (Java serialization is off, XML has no serializer),
 * a JSON object that names no class, text with control characters (PostgreSQL cannot keep NUL, and no
 * field takes any but tabs and line breaks).
 */
final class SentValues {

  /** {@code ACT_RU_VARIABLE.TEXT_} is {@code varchar(4000)} on every database Camunda supports. */
  static final int MAX_TEXT = 4000;

  private SentValues() {}

  static void check(Map<String, Object> sent) {
    List<RuleViolation.Problem> problems = new ArrayList<>();
    for (String name : sent.keySet()) {
      // The typed value: a map's plain value would deserialize an object to hand it over.
      Object value = sent instanceof VariableMap variables ? variables.getValueTyped(name) : sent.get(name);
      String reason = reason(name, value);
      if (reason != null) {
        problems.add(new RuleViolation.Problem(name, reason));
      }
    }
    if (!problems.isEmpty()) {
      throw Refusals.crossingTheEngine(new RuleViolation(problems));
    }
  }

  private static String reason(String name, Object value) {
    if (value instanceof FileValue || value instanceof BytesValue || value instanceof byte[]) {
      return name + " must be text, a number, true/false or a date; a file or bytes were sent.";
    }
    if (value instanceof SerializableValue serialized) {
      // Read as sent, never deserialized here: its class is the sender's choice.
      String format = serialized.getSerializationDataFormat();
      if (format != null && !SerializationDataFormats.JSON.getName().equals(format)) {
        return name + " must be text, a number, true/false, a date or JSON; a value in the format " + format
            + " was sent.";
      }
      if (value instanceof ObjectValue object && !object.isDeserialized() && object.getValueSerialized() != null
          && object.getObjectTypeName() == null) {
        return name + " was sent as an object without its objectTypeName.";
      }
      return null;
    }
    Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
    if (plain instanceof String text && text.length() > MAX_TEXT) {
      return name + " may have at most " + MAX_TEXT + " characters; " + text.length() + " were sent.";
    }
    if (plain instanceof String text && Text.hasControlCharacters(text)) {
      return name + " holds a control character; only text, tabs and line breaks are taken.";
    }
    return null;
  }
}
