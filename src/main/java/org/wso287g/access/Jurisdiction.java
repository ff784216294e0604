package org.wso287g.access;

import java.util.Locale;

/**
 * Where a record belongs: the ERO field office and the agency (FBI ORI) it is of, both taken from the
 * program's records, never from what a caller sent. Either may be absent (a national record, or a
 * letter for an agency that has no record yet).
 */
public record Jurisdiction(String fieldOfficeCode, String ori) {

  public Jurisdiction {
    fieldOfficeCode = upper(fieldOfficeCode);
    ori = upper(ori);
  }

  public static Jurisdiction national() {
    return new Jurisdiction(null, null);
  }

  private static String upper(String code) {
    return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
  }
}
