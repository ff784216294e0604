package org.wso287g.onboarding.domain;

import static org.wso287g.common.Text.present;
import static org.wso287g.common.Text.trim;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.wso287g.common.Problems;
import org.wso287g.common.Text;

/**
 * What an agency's letter of interest says (fact sheet step 1). {@link #validate} names every field
 * that breaks a rule; the same rules serve the Tasklist start form and the REST API.
 */
public record LetterOfInterest(
    String agencyName,
    String agencyOri,
    String agencyState,
    String agencyCounty,
    String jailFacilityName,
    String fieldOfficeCode,
    int requestedOfficerCount,
    LocalDate letterDate,
    String contactName,
    String contactEmail) {

  public static final int MAX_OFFICERS = 200;
  /** The columns that keep them (agency, application). */
  public static final int NAME_LENGTH = 120;
  public static final int COUNTY_LENGTH = 80;
  public static final int EMAIL_LENGTH = 254;
  static final Pattern ORI = Pattern.compile("[A-Z]{2}[A-Z0-9]{7}");
  static final Pattern STATE = Pattern.compile("[A-Z]{2}");

  /** Upper-cases the codes so that {@code la0990000} and {@code LA0990000} are one agency. */
  public LetterOfInterest {
    agencyOri = upper(agencyOri);
    agencyState = upper(agencyState);
    fieldOfficeCode = upper(fieldOfficeCode);
    agencyName = trim(agencyName);
    agencyCounty = trim(agencyCounty);
    jailFacilityName = trim(jailFacilityName);
    contactName = trim(contactName);
    contactEmail = trim(contactEmail);
  }

  /** Checks the fields on their own; {@code today} bounds the letter date. */
  public void validate(LocalDate today, Problems problems) {
    problems
        .check(present(agencyName), "agencyName", "The agency name is required.")
        .check(agencyOri != null && ORI.matcher(agencyOri).matches(), "agencyOri",
            "The ORI must be 9 characters: two letters of the state, then 7 letters or digits (e.g. LA0990000).")
        .check(agencyState != null && STATE.matcher(agencyState).matches(), "agencyState",
            "The state must be a two-letter USPS code (e.g. LA).")
        .check(present(agencyCounty), "agencyCounty", "The county is required.")
        .check(present(jailFacilityName), "jailFacilityName", "The jail facility name is required.")
        .check(requestedOfficerCount >= 1 && requestedOfficerCount <= MAX_OFFICERS, "requestedOfficerCount",
            "The number of officers to train must be between 1 and " + MAX_OFFICERS + "; "
                + requestedOfficerCount + " was entered.")
        .check(letterDate != null && !letterDate.isAfter(today), "letterDate",
            "The letter date is required and cannot be in the future.")
        .check(present(contactName), "contactName", "The contact name is required.")
        .check(Text.isEmail(contactEmail), "contactEmail",
            "The contact email must be an email address.")
        .atMost("agencyName", agencyName, NAME_LENGTH, "The agency name")
        .atMost("agencyCounty", agencyCounty, COUNTY_LENGTH, "The county")
        .atMost("jailFacilityName", jailFacilityName, NAME_LENGTH, "The jail facility name")
        .atMost("contactName", contactName, NAME_LENGTH, "The contact name")
        .atMost("contactEmail", contactEmail, EMAIL_LENGTH, "The contact email");
    if (agencyOri != null && agencyState != null && ORI.matcher(agencyOri).matches()
        && !agencyOri.startsWith(agencyState)) {
      problems.add("agencyOri", "The ORI " + agencyOri + " does not belong to the state " + agencyState
          + ": an ORI starts with the state's two letters.");
    }
  }

  private static String upper(String s) {
    return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
  }

}
