package org.wso287g.warrant.domain;

import static org.wso287g.common.Text.present;
import static org.wso287g.common.Text.trim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.wso287g.common.Problems;

/** An ICE administrative warrant as ERO lodges it with a partner agency's jail. */
public record LodgedWarrant(
    String agencyOri,
    String facilityName,
    String subjectName,
    String subjectBookingNumber,
    String warrantType,
    String warrantNumber,
    LocalDate warrantIssuedOn,
    String issuingOfficer,
    Instant scheduledReleaseAt) {

  public LodgedWarrant {
    agencyOri = agencyOri == null ? null : agencyOri.trim().toUpperCase(Locale.ROOT);
    facilityName = trim(facilityName);
    subjectName = trim(subjectName);
    subjectBookingNumber = trim(subjectBookingNumber);
    warrantType = trim(warrantType);
    warrantNumber = trim(warrantNumber);
    issuingOfficer = trim(issuingOfficer);
  }

  /** Field checks; the partnership itself (MOA, jail, type) is checked against the records. */
  public void validate(LocalDate today, Problems problems) {
    problems
        .check(present(agencyOri) && agencyOri.length() <= 9, "agencyOri",
            "The ORI of the agency that holds the person is required (9 characters).")
        .check(present(facilityName) && facilityName.length() <= 120, "facilityName",
            "The jail holding the person is required (at most 120 characters).")
        .check(present(subjectName) && subjectName.length() <= 120, "subjectName",
            "The name of the person is required (at most 120 characters).")
        .check(present(subjectBookingNumber) && subjectBookingNumber.length() <= 40, "subjectBookingNumber",
            "The jail's booking number is required (at most 40 characters).")
        .check(present(warrantType) && warrantType.length() <= 10, "warrantType",
            "The warrant type is required (I-200 or I-205).")
        .check(present(warrantNumber) && warrantNumber.length() <= 40, "warrantNumber",
            "The warrant number is required (at most 40 characters).")
        .check(warrantIssuedOn != null && !warrantIssuedOn.isAfter(today), "warrantIssuedOn",
            "The date the warrant was issued is required and cannot be in the future.")
        .check(present(issuingOfficer) && issuingOfficer.length() <= 120, "issuingOfficer",
            "The name of the ICE officer who issued the warrant is required (at most 120 characters).")
        .check(scheduledReleaseAt != null, "scheduledReleaseAt", "The scheduled release from criminal custody is required.");
  }

}
