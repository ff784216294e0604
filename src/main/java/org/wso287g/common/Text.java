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

  public static boolean isEmail(String s) {
    return s != null && EMAIL.matcher(s).matches();
  }
}
