package org.wso287g.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.springframework.boot.jackson.JsonComponent;
import org.wso287g.common.Text;

/**
 * Every text the API reads is plain text: control characters (other than tab and line breaks) are
 * refused with the field's name ({@link ApiProblems}). They have no place in a name or a note, break
 * the e-mails the program writes, and PostgreSQL cannot keep NUL at all.
 */
@JsonComponent
class PlainText extends StringDeserializer {

  static final String REASON = "holds a control character; only text, tabs and line breaks are taken.";

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = super.deserialize(parser, context);
    if (Text.hasControlCharacters(text)) {
      return (String) context.handleWeirdStringValue(String.class, text, REASON);
    }
    return text;
  }
}
