package org.wso287g.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * The rules of Camunda's password policy in a sentence, for the people who set a password: the 400 of a
 * refused password and the start-up message about WSO_ADMIN_PASSWORD. The rules are Camunda's own
 * (placeholders and parameters as its Admin shows them); one this class does not know is named as
 * Camunda names it.
 */
public final class PasswordPolicyInWords {

  private static final String USER_DATA = "PASSWORD_POLICY_USER_DATA";

  private PasswordPolicyInWords() {}

  /**
   * "it needs at least 10 characters, at least 1 lower-case letter, ... and at least 1 special character,
   * and must not contain the user's id, first name, last name or email".
   */
  public static String of(List<PasswordPolicyRule> rules) {
    List<String> requirements = new ArrayList<>();
    boolean userData = false;
    for (PasswordPolicyRule rule : rules) {
      if (USER_DATA.equals(rule.getPlaceholder())) {
        userData = true;
      } else {
        requirements.add(words(rule.getPlaceholder(), rule.getParameters()));
      }
    }
    String needs = requirements.size() > 1
        ? String.join(", ", requirements.subList(0, requirements.size() - 1)) + " and "
            + requirements.get(requirements.size() - 1)
        : String.join("", requirements);
    String mustNot = "must not contain the user's id, first name, last name or email";
    if (needs.isEmpty()) {
      return userData ? "it " + mustNot : "";
    }
    return "it needs " + needs + (userData ? ", and " + mustNot : "");
  }

  private static String words(String placeholder, Map<String, String> parameters) {
    Map<String, String> p = parameters == null ? Map.of() : parameters;
    return switch (placeholder) {
      case "PASSWORD_POLICY_LENGTH" -> atLeast(p.get("minLength"), "character");
      case "PASSWORD_POLICY_LOWERCASE" -> atLeast(p.get("minLowerCase"), "lower-case letter");
      case "PASSWORD_POLICY_UPPERCASE" -> atLeast(p.get("minUpperCase"), "upper-case letter");
      case "PASSWORD_POLICY_DIGIT" -> atLeast(p.get("minDigit"), "digit");
      case "PASSWORD_POLICY_SPECIAL" -> atLeast(p.get("minSpecial"), "special character");
      default -> p.isEmpty() ? placeholder : placeholder + " " + p;
    };
  }

  private static String atLeast(String count, String thing) {
    return "at least " + count + " " + thing + ("1".equals(count) ? "" : "s");
  }
}
