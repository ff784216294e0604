package org.wso287g.warrant.domain;

import org.wso287g.common.RuleViolation;

/** A warrant number is lodged once: a retried request or a second clerk changes nothing. */
public class DuplicateWarrant extends RuleViolation {

  public DuplicateWarrant(String number) {
    super("warrantNumber", sentence(number));
  }

  public static String sentence(String number) {
    return "Warrant " + number + " is already lodged: a warrant is lodged once.";
  }
}
