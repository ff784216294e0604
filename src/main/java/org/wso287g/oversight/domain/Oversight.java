package org.wso287g.oversight.domain;

import java.time.Instant;
import java.util.List;

/**
 * The oversight view at one moment: per field office and per agency, what needs a director's or
 * headquarters' attention, with totals per field office and for the whole scope.
 *
 * @param at the moment it was taken (a review task is overdue when its due date is before it)
 * @param national whether the scope is every field office (headquarters without a field office filter)
 * @param totals the sums over {@code fieldOffices}
 * @param fieldOffices every field office in scope, by code, each with its agencies that have something to show
 */
public record Oversight(Instant at, boolean national, Totals totals, List<FieldOfficeOversight> fieldOffices) {

  public Oversight {
    fieldOffices = List.copyOf(fieldOffices);
  }

  /** Figures added up over agencies. */
  public record Totals(long reviewsDue, long reviewsOverdue, long findingsNotCorrected, long complaintsOpen,
      long complaintsRecordedLate, long complaintsPastResolutionDue, long suspendedCredentials,
      long credentialsNotReturned, long operationalAgenciesWithoutActiveOfficer, long noticesPending) {

    static Totals of(List<Totals> parts) {
      return new Totals(
          parts.stream().mapToLong(Totals::reviewsDue).sum(),
          parts.stream().mapToLong(Totals::reviewsOverdue).sum(),
          parts.stream().mapToLong(Totals::findingsNotCorrected).sum(),
          parts.stream().mapToLong(Totals::complaintsOpen).sum(),
          parts.stream().mapToLong(Totals::complaintsRecordedLate).sum(),
          parts.stream().mapToLong(Totals::complaintsPastResolutionDue).sum(),
          parts.stream().mapToLong(Totals::suspendedCredentials).sum(),
          parts.stream().mapToLong(Totals::credentialsNotReturned).sum(),
          parts.stream().mapToLong(Totals::operationalAgenciesWithoutActiveOfficer).sum(),
          parts.stream().mapToLong(Totals::noticesPending).sum());
    }

    boolean anything() {
      return reviewsDue + findingsNotCorrected + complaintsOpen + suspendedCredentials
          + credentialsNotReturned + operationalAgenciesWithoutActiveOfficer + noticesPending > 0;
    }
  }

  /** One field office: its totals and the agencies with at least one figure that is not zero, by state and name. */
  public record FieldOfficeOversight(String code, String name, Totals totals, List<AgencyOversight> agencies) {

    public FieldOfficeOversight {
      agencies = List.copyOf(agencies);
    }
  }

  /**
   * One agency's figures ({@code totals} counts the agency itself in
   * {@code operationalAgenciesWithoutActiveOfficer} when it is operational with no active credential) and
   * its pending notices, by effective date.
   */
  public record AgencyOversight(long id, String ori, String name, String state, String status, Totals totals,
      List<PendingNotice> pendingNotices) {

    public AgencyOversight {
      pendingNotices = List.copyOf(pendingNotices);
    }
  }

  /** A notice on an agreement that has not yet taken effect. */
  public record PendingNotice(long id, String noticeFrom, String kind, boolean exigent, Instant effectiveAt) {}
}
