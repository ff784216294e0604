package org.wso287g.statistics.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The program "by the numbers" for one agreement model, as the fact sheet states them.
 *
 * @param model {@code WSO}, {@code JEM} or {@code TFM}
 * @param asOf the day (each agency's local day, rule 11) the agreements, states and officers are taken at: the given date, or the
 *     last day of the fiscal year
 * @param servedFrom first (local) day of the warrants counted; {@code null} when the count is cumulative
 *     (every warrant served on or before {@code asOf})
 * @param agreements agreements of the model in force on {@code asOf}
 * @param states distinct states of the agencies holding those agreements
 * @param credentialedOfficers credentials in force at the end of {@code asOf} of the agencies holding
 *     such an agreement (WSO only: the application issues no credential for another model, so 0)
 * @param warrantsServed warrants served from {@code servedFrom} to the end of {@code asOf} (WSO only,
 *     otherwise 0)
 * @param byState the same figures per state, sorted by state; a state appears when one of its figures
 *     is not zero (a state whose agreement ended during the fiscal year can still have warrants served)
 * @param oversight the oversight figures of a fiscal year; {@code null} for {@code asOf}
 */
public record Figures(
    String model,
    LocalDate asOf,
    LocalDate servedFrom,
    long agreements,
    long states,
    long credentialedOfficers,
    long warrantsServed,
    List<StateFigures> byState,
    OversightFigures oversight) {

  public Figures {
    byState = List.copyOf(byState);
  }

  /**
   * How the oversight kept its deadlines in a fiscal year (local days of each agency's field office), as
   * {@link org.wso287g.oversight.domain.FindingsAndComplaints} counts them.
   *
   * @param complaintsReceived complaints received in the year (WSO only, otherwise 0)
   * @param complaintNoticesOnTime of them, recorded by their notice deadline ({@code recorded_at <= notice_due_at})
   * @param reviewsDue reviews of the model's agreements due in the year, as recorded
   * @param reviewsOnTime of them, done on or before their due day
   * @param agenciesWithReviewsDue agencies with at least one of those reviews
   * @param agenciesWithEveryReviewOnTime of them, those whose every such review was on time
   * @param shareOfAgenciesWithEveryReviewOnTime the latter over the former, 0 to 1 rounded to three decimals;
   *     {@code null} when no agency had a review due
   */
  public record OversightFigures(long complaintsReceived, long complaintNoticesOnTime, long reviewsDue,
      long reviewsOnTime, long agenciesWithReviewsDue, long agenciesWithEveryReviewOnTime,
      Double shareOfAgenciesWithEveryReviewOnTime) {}

  /** The figures of one state. */
  public record StateFigures(String state, long agreements, long credentialedOfficers, long warrantsServed) {

    /** 1 when the state has an agreement in force, so that the per-state rows add up to the totals. */
    public long states() {
      return agreements > 0 ? 1 : 0;
    }
  }
}
