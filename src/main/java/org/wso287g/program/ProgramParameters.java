package org.wso287g.program;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import lombok.Getter;
import lombok.Setter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The program's parameters. The models name them ({@code ${wsoProgram.moreInformationPeriod}}) instead
 * of burying numbers, and the rules read them here; {@code application.yaml} (prefix
 * {@code wso.program}) changes them. Periods are ISO-8601 durations, as Camunda timers expect.
 * The defaults come from the fact sheet and the 2025 WSO MOA template.
 */
@Getter
@Setter
@Validated
@Component("wsoProgram")
@ConfigurationProperties(prefix = "wso.program")
public class ProgramParameters {

  /** Fact sheet: an 8-hour in-depth course. */
  @DecimalMin("0.5")
  private BigDecimal minimumTrainingHours = new BigDecimal("8");

  /** MOA: pass mark 70 %. */
  @Min(1) @Max(100)
  private int examPassMark = 70;

  /** How long the agency has to answer a request for more information before it is withdrawn. */
  @NotBlank private String moreInformationPeriod = "P30D";

  /** MOA: an initial review about 12 months after operations start. */
  @NotBlank private String initialReviewAfter = "P12M";

  /** MOA: a compliance meeting at least once a year. */
  @NotBlank private String annualReviewInterval = "P1Y";

  /** How long a Field Office Director has to record an oversight review once it is due. */
  @NotBlank private String reviewCompletionPeriod = "P30D";

  /** Oversight, complete: how long the agency's command staff have to submit a corrective action plan for a finding. */
  @NotBlank private String correctiveActionPlanPeriod = "P30D";

  /** How long the Field Office Director has to verify a correction once it is due. */
  @NotBlank private String correctionVerificationPeriod = "P30D";

  /** How long headquarters has to decide on a finding that was not corrected (EXTEND or GIVE_NOTICE). */
  @NotBlank private String nonComplianceDecisionPeriod = "P30D";

  /** MOA: either party may suspend or terminate with 90 days' written notice. */
  @NotBlank private String terminationNoticePeriod = "P90D";

  /** Domain facts: a claim of US citizenship goes to ICE at once, generally within 1 hour. */
  @NotBlank private String citizenshipClaimEscalation = "PT1H";

  /** Domain facts: after service the person may stay in the agency's jail at most 48 hours. */
  @NotBlank private String custodyLimit = "PT48H";

  /**
   * Rule 12: how long after the scheduled release a WSO has to serve the warrant before the agency
   * releases the person under its own rules; the time of service may be at most this long before it.
   */
  @NotBlank private String serviceWindow = "PT2H";

  /** Process 6: an officer's departure is announced this long ahead; a shorter notice is recorded as short. */
  @NotBlank private String departureNoticePeriod = "P90D";

  /** How long the WSO point of contact has to record the return of a credential that ended. */
  @NotBlank private String credentialReturnPeriod = "P30D";

  /**
   * Process 4: the Field Office Director records a complaint's investigation outcome within this
   * period after its receipt; later, headquarters is offered the task.
   */
  @NotBlank private String complaintResolutionPeriod = "P90D";

  /** Due date {@code period} from now on the engine clock, for task due dates in the models. */
  public Date dueIn(String period) {
    return plus(ClockUtil.getCurrentTime(), period);
  }

  /**
   * The moment {@code period} after {@code moment}, for timers and due dates that run from a recorded
   * fact (the time of service, the scheduled release) instead of from the moment the engine got there.
   * {@code moment} is a Date or an ISO date-time with offset, as the delegates store them.
   */
  public Date after(Object moment, String period) {
    if (moment instanceof Date date) {
      return plus(date, period);
    }
    if (moment == null) {
      throw new IllegalArgumentException("No moment to count " + period + " from");
    }
    return plus(Date.from(OffsetDateTime.parse(moment.toString().trim()).toInstant()), period);
  }

  private static Date plus(Date from, String period) {
    try {
      Date result = new Date(from.getTime());
      DatatypeFactory.newInstance().newDuration(period).addTo(result);
      return result;
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("No XML datatype factory to read the period " + period, e);
    }
  }
}
