package org.wso287g.onboarding.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The normalised form of an agency's name, the key (with the state) that matches an agency of ICE's
 * lists, which carry no ORI, to the agency on record.
 *
 * <p>The rule, deliberately conservative (two names are merged only when they are plainly the same
 * name written differently):
 * <ol>
 *   <li>accents dropped, upper case;</li>
 *   <li>{@code &} becomes the word {@code AND};</li>
 *   <li>apostrophes (straight or typographic) vanish without a space, so {@code Sheriff's} and
 *       {@code Sheriff’s} and {@code Sheriffs} are the same word;</li>
 *   <li>any other character that is not a letter or digit becomes a space (periods, commas, hyphens,
 *       slashes, parentheses);</li>
 *   <li>runs of spaces collapse to one, leading and trailing spaces go;</li>
 *   <li>a few whole-word abbreviations are written out: {@code CO}, {@code CNTY} → {@code COUNTY},
 *       {@code DEPT} → {@code DEPARTMENT}, {@code PD} → {@code POLICE DEPARTMENT}, {@code SO} →
 *       {@code SHERIFFS OFFICE}, {@code ST} → {@code SAINT} (St. Charles Parish), {@code TWP} →
 *       {@code TOWNSHIP}. Nothing else is expanded or dropped: "Sheriff's Office" and "Sheriff's
 *       Department" stay different agencies.</li>
 * </ol>
 */
public final class AgencyNames {

  private static final Map<String, String> ABBREVIATIONS = Map.of(
      "CO", "COUNTY",
      "CNTY", "COUNTY",
      "DEPT", "DEPARTMENT",
      "PD", "POLICE DEPARTMENT",
      "SO", "SHERIFFS OFFICE",
      "ST", "SAINT",
      "TWP", "TOWNSHIP");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");

  private AgencyNames() {}

  /** The normalised name, or {@code null} for a name that is null or has no letter or digit. */
  public static String normalize(String name) {
    if (name == null) {
      return null;
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
    s = s.replace("&", " AND ");
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = NOT_ALPHANUMERIC.matcher(s).replaceAll(" ").trim();
    if (s.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String word : s.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(ABBREVIATIONS.getOrDefault(word, word));
    }
    return out.toString();
  }
}
