package org.wso287g.statistics.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The program "by the numbers", as the API returns it. */
@Schema(description = "The program by the numbers for one agreement model, nationally and per state.")
public record StatisticsDto(
    @Schema(description = "WSO, JEM or TFM.", example = "WSO") String model,
    @Schema(description = "The day agreements, states and officers are counted on (each agency's calendar day in its field office's time zone); for a fiscal year, its "
        + "30 September.", example = "2020-09-30")
    LocalDate asOf,
    @Schema(description = "First day of the warrants-served period (1 October of the year before) for a fiscal year; "
        + "empty for asOf, where warrants are counted since the program began.", example = "2019-10-01")
    LocalDate servedFrom,
    @Schema(description = "Agreements of the model in force on asOf.", example = "2") long agreements,
    @Schema(description = "States with at least one such agreement.", example = "1") long states,
    @Schema(description = "Officers with an active credential on asOf (WSO only; 0 for JEM and TFM).", example = "3")
    long credentialedOfficers,
    @Schema(description = "Warrants served in the period (WSO only; 0 for JEM and TFM).", example = "5")
    long warrantsServed,
    @Schema(description = "The same figures per state.") List<StateDto> byState,
    @Schema(description = "How the oversight kept its deadlines in the fiscal year; empty for asOf.")
    OversightDto oversight) {

  @Schema(description = "The oversight's deadlines in a fiscal year, on each agency's local days.")
  public record OversightDto(
      @Schema(description = "Complaints received in the year (WSO only; 0 for JEM and TFM).", example = "4")
      long complaintsReceived,
      @Schema(description = "Of them, recorded by their notice deadline.", example = "3") long complaintNoticesOnTime,
      @Schema(description = "Reviews due in the year, as recorded (a review not yet done is not counted: the "
          + "oversight view shows it as overdue).", example = "5") long reviewsDue,
      @Schema(description = "Of them, done on or before their due day.", example = "4") long reviewsOnTime,
      @Schema(description = "Agencies with a review due in the year.", example = "3") long agenciesWithReviewsDue,
      @Schema(description = "Of them, those with every such review on time.", example = "2")
      long agenciesWithEveryReviewOnTime,
      @Schema(description = "The share of those agencies, 0 to 1 (three decimals); empty when no review was due.",
          example = "0.667") Double shareOfAgenciesWithEveryReviewOnTime) {}

  @Schema(description = "The figures of one state.")
  public record StateDto(
      @Schema(description = "Two-letter state code.", example = "LA") String state,
      @Schema(description = "Agreements in force.", example = "2") long agreements,
      @Schema(description = "Credentialed officers.", example = "3") long credentialedOfficers,
      @Schema(description = "Warrants served.", example = "5") long warrantsServed) {}
}
