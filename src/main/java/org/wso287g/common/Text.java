package org.wso287g.common;

import java.util.regex.Pattern;

/** What the program's inputs share: a field is present when it has more than blanks; emails look alike. */
public final class Text {

  /** An address of the form name@domain.tld (the forms check the same). */
  public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private Text() {}

  public static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  public static String trim(String s) {
    return s == null ? null : s.trim();
  }

  /**
   * A control character other than tab, line feed and carriage return (C0 and DEL): no field of the
   * program takes one, and PostgreSQL refuses NUL in text.
   */
  public static boolean hasControlCharacters(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  public static boolean isEmail(String s) {
    return s != null && EMAIL.matcher(s).matches();
  }
}
