package org.wso287g.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.JsonComponent;

/**
 * Every date-time the API reads carries its offset (rule 11): {@code 2026-11-28T14:30:00Z} or
 * {@code 2026-11-28T08:30:00-06:00}. Jackson would read {@code 2026-11-28T14:30:00} in UTC and a number
 * as epoch seconds; both are refused here, and so is text longer than any date-time, before parsing.
 * The refusal names the field ({@link ApiProblems}).
 */
@JsonComponent
class DateTimeWithOffset extends JsonDeserializer<OffsetDateTime> {

  static final int MAX_LENGTH = 40;
  static final String FORM = "an ISO date and time with its offset from UTC, e.g. 2026-11-28T14:30:00Z "
      + "or 2026-11-28T08:30:00-06:00";

  @Override
  public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser.currentToken(), parser,
          "expected " + FORM);
    }
    String text = parser.getText().trim();
    if (text.length() > MAX_LENGTH) {
      return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text.substring(0, MAX_LENGTH) + "…",
          "too long for " + FORM);
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text, "expected " + FORM);
    }
  }
}
