package org.wso287g.identity;

import java.util.Locale;

/** The group ids of the specification (public contract: Tasklist filters and models use them). */
public final class ProgramGroups {

  public static final String HQ = "hq-287g";
  public static final String ICE_SIGNATORY = "ice-signatory";
  public static final String PERSONNEL_SECURITY = "personnel-security";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private ProgramGroups() {}

  public static String fieldOfficeDirector(String fieldOfficeCode) {
    return "fo-" + lower(fieldOfficeCode) + "-director";
  }

  public static String fieldOfficeWsoPoc(String fieldOfficeCode) {
    return "fo-" + lower(fieldOfficeCode) + "-wso-poc";
  }

  public static String fieldOfficeEro(String fieldOfficeCode) {
    return "fo-" + lower(fieldOfficeCode) + "-ero";
  }

  public static String agencyCommand(String ori) {
    return "lea-" + lower(ori) + "-command";
  }

  public static String agencyWso(String ori) {
    return "lea-" + lower(ori) + "-wso";
  }

  private static String lower(String code) {
    return code.toLowerCase(Locale.ROOT);
  }
}
