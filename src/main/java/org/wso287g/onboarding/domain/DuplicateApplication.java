package org.wso287g.onboarding.domain;

/** Rule 4: the agency already has an open application or an active agreement. */
public class DuplicateApplication extends RuntimeException {

  public DuplicateApplication(String ori, String why) {
    super(sentence(ori, why));
  }

  static String sentence(String ori, String why) {
    return "The agency with ORI " + ori + " " + why + "; it cannot start another application.";
  }
}
