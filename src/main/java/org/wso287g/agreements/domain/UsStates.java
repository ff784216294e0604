package org.wso287g.agreements.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** ICE's lists name the state in full ({@code SOUTH CAROLINA}); the records hold the USPS code. */
final class UsStates {

  private static final Map<String, String> CODES = new TreeMap<>();

  static {
    String[][] states = {
        {"ALABAMA", "AL"}, {"ALASKA", "AK"}, {"ARIZONA", "AZ"}, {"ARKANSAS", "AR"}, {"CALIFORNIA", "CA"},
        {"COLORADO", "CO"}, {"CONNECTICUT", "CT"}, {"DELAWARE", "DE"}, {"DISTRICT OF COLUMBIA", "DC"},
        {"FLORIDA", "FL"}, {"GEORGIA", "GA"}, {"HAWAII", "HI"}, {"IDAHO", "ID"}, {"ILLINOIS", "IL"},
        {"INDIANA", "IN"}, {"IOWA", "IA"}, {"KANSAS", "KS"}, {"KENTUCKY", "KY"}, {"LOUISIANA", "LA"},
        {"MAINE", "ME"}, {"MARYLAND", "MD"}, {"MASSACHUSETTS", "MA"}, {"MICHIGAN", "MI"}, {"MINNESOTA", "MN"},
        {"MISSISSIPPI", "MS"}, {"MISSOURI", "MO"}, {"MONTANA", "MT"}, {"NEBRASKA", "NE"}, {"NEVADA", "NV"},
        {"NEW HAMPSHIRE", "NH"}, {"NEW JERSEY", "NJ"}, {"NEW MEXICO", "NM"}, {"NEW YORK", "NY"},
        {"NORTH CAROLINA", "NC"}, {"NORTH DAKOTA", "ND"}, {"OHIO", "OH"}, {"OKLAHOMA", "OK"}, {"OREGON", "OR"},
        {"PENNSYLVANIA", "PA"}, {"RHODE ISLAND", "RI"}, {"SOUTH CAROLINA", "SC"}, {"SOUTH DAKOTA", "SD"},
        {"TENNESSEE", "TN"}, {"TEXAS", "TX"}, {"UTAH", "UT"}, {"VERMONT", "VT"}, {"VIRGINIA", "VA"},
        {"WASHINGTON", "WA"}, {"WEST VIRGINIA", "WV"}, {"WISCONSIN", "WI"}, {"WYOMING", "WY"},
        {"PUERTO RICO", "PR"}, {"GUAM", "GU"}, {"U.S. VIRGIN ISLANDS", "VI"}, {"VIRGIN ISLANDS", "VI"},
        {"AMERICAN SAMOA", "AS"}, {"NORTHERN MARIANA ISLANDS", "MP"}};
    for (String[] state : states) {
      CODES.put(state[0], state[1]);
      CODES.put(state[1], state[1]);
    }
  }

  private UsStates() {}

  /** The USPS code of a state named in full or by its code, in any case and spacing. */
  static Optional<String> code(String state) {
    if (state == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(CODES.get(state.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)));
  }
}
