package org.wso287g.statistics.api;

import static org.wso287g.api.ApiDocs.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wso287g.api.ApiProblem;
import org.wso287g.common.RuleViolation;
import org.wso287g.statistics.domain.ProgramStatistics;

/**
 * {@code GET /api/statistics?model=WSO&asOf=2020-09-30} or {@code ?model=WSO&fiscalYear=2020}: the
 * fact sheet's figures from live data. National figures: any authenticated user may read them.
 */
@RestController
@RequestMapping("/api/statistics")
@RequiredArgsConstructor
@Tag(name = "Statistics", description = "The program by the numbers, from live data.")
class StatisticsController {

  // Examples for the OpenAPI description, as the API answers them.
  private static final String FISCAL_YEAR = """
      {"model": "WSO", "asOf": "2020-09-30", "servedFrom": "2019-10-01", "agreements": 2, "states": 1,
       "credentialedOfficers": 3, "warrantsServed": 5,
       "byState": [{"state": "LA", "agreements": 2, "credentialedOfficers": 3, "warrantsServed": 5}],
       "oversight": {"complaintsReceived": 4, "complaintNoticesOnTime": 3, "reviewsDue": 5, "reviewsOnTime": 4,
                     "agenciesWithReviewsDue": 3, "agenciesWithEveryReviewOnTime": 2,
                     "shareOfAgenciesWithEveryReviewOnTime": 0.667}}""";
  private static final String AS_OF = """
      {"model": "WSO", "asOf": "2020-09-30", "servedFrom": null, "agreements": 2, "states": 1,
       "credentialedOfficers": 3, "warrantsServed": 9,
       "byState": [{"state": "LA", "agreements": 2, "credentialedOfficers": 3, "warrantsServed": 9}],
       "oversight": null}""";
  private static final String NEITHER = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "Give either asOf (a date, e.g. 2020-09-30) or fiscalYear (e.g. 2020), not both and not neither.",
       "instance": "/api/statistics",
       "errors": [{"field": "asOf",
         "reason": "Give either asOf (a date, e.g. 2020-09-30) or fiscalYear (e.g. 2020), not both and not neither."}]}""";
  private static final String BAD_MODEL = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The agreement model must be WSO, JEM or TFM.", "instance": "/api/statistics",
       "errors": [{"field": "model", "reason": "The agreement model must be WSO, JEM or TFM."}]}""";
  private static final String BAD_YEAR = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The fiscal year must be between 1997 (the first of the 287(g) program) and 9999.",
       "instance": "/api/statistics",
       "errors": [{"field": "fiscalYear",
         "reason": "The fiscal year must be between 1997 (the first of the 287(g) program) and 9999."}]}""";

  private final ProgramStatistics statistics;
  private final StatisticsMapper mapper;

  @Operation(summary = "Program statistics for a date or a fiscal year",
      description = "Agreements in force, states with one, credentialed officers and warrants served, nationally and "
          + "per state, counted from live data (imported agreements included); an event counts on its calendar day in the "
          + "time zone of the agency's field office. Give exactly one of asOf (figures on "
          + "that day, warrants served since the program began) and fiscalYear (figures on 30 September, warrants "
          + "served from 1 October of the year before). For a fiscal year only, the oversight's deadlines: complaints "
          + "received and their notices on time, reviews due and done on time, and the share of agencies with every "
          + "review on time (empty for asOf). National figures: any authenticated user.")
  @ApiResponse(responseCode = "200", description = "The figures.", content = @Content(mediaType = "application/json",
      schema = @Schema(implementation = StatisticsDto.class), examples = {
          @ExampleObject(name = "fiscalYear", summary = "model=WSO&fiscalYear=2020", value = FISCAL_YEAR),
          @ExampleObject(name = "asOf", summary = "model=WSO&asOf=2020-09-30", value = AS_OF)}))
  @ApiResponse(responseCode = "400", description = "Neither or both of asOf and fiscalYear, an unknown model, a fiscal "
      + "year out of range, or a value of the wrong format.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class), examples = {
          @ExampleObject(name = "neither", summary = "No asOf, no fiscalYear", value = NEITHER),
          @ExampleObject(name = "badModel", summary = "model=XYZ", value = BAD_MODEL),
          @ExampleObject(name = "badYear", summary = "fiscalYear=1990", value = BAD_YEAR)}))
  @GetMapping
  StatisticsDto figures(
      @Parameter(description = "Agreement model: WSO, JEM or TFM (case-insensitive). Credentials and warrants exist "
          + "for WSO only.", example = "WSO")
      @RequestParam(defaultValue = "WSO") String model,
      @Parameter(description = "The day (ISO date) to count on, each agency's calendar day. Not with fiscalYear.", example = "2020-09-30")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @Parameter(description = "US federal fiscal year, 1997 to 9999 (FY2020 = 2019-10-01 to 2020-09-30). Not with "
          + "asOf.", example = "2020")
      @RequestParam(required = false) Integer fiscalYear) {
    if ((asOf == null) == (fiscalYear == null)) {
      throw new RuleViolation(asOf == null ? "asOf" : "fiscalYear",
          "Give either asOf (a date, e.g. 2020-09-30) or fiscalYear (e.g. 2020), not both and not neither.");
    }
    return mapper.toDto(asOf != null ? statistics.asOf(model, asOf) : statistics.fiscalYear(model, fiscalYear));
  }
}
