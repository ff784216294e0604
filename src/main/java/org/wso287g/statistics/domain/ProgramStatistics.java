package org.wso287g.statistics.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.common.RuleViolation;
import org.wso287g.fieldoffice.LocalDayStarts;
import org.wso287g.oversight.domain.FindingsAndComplaints;

/**
 * The program's statistics ("by the numbers"): per fiscal year and as of any date, the agreements in
 * force, the states that have one, the credentialed officers and the warrants served. Imported
 * agreements (ICE's lists) count like those signed through the workflow.
 *
 * <p><b>Time zone (rule 11).</b> An event counts on its calendar day in the time zone of the agency's
 * field office (view {@code agency_time_zone}, from the field-office reference data): "on or before
 * 30 Sep 2020" means, for a New Orleans agency, before 2020-10-01T00:00 in America/Chicago, and for an
 * agency in Guam before 2020-10-01T00:00 in Pacific/Guam. Agreement dates ({@code effective_on},
 * {@code ended_on}) are plain dates and are compared as they are.
 *
 * <p><b>Rules.</b>
 * <ul>
 *   <li>An agreement is in force on day D when it took effect on or before D and had not ended by D:
 *       {@code effective_on <= D} and either ACTIVE without an end, or ACTIVE, SUSPENDED or TERMINATED
 *       with {@code ended_on > D} (an agreement ended on D is no longer in force on D). Drafts and
 *       agreements signed only by the agency are not in force.</li>
 *   <li>An officer is credentialed at the end of D when the credential was issued on or before D and
 *       had not ended (revoked, withdrawn) on or before D, both local days of the agency, and the officer's agency holds an agreement
 *       of the model in force on D.</li>
 *   <li>Warrants served: as of D, every service on a local day up to D (cumulative); for a fiscal
 *       year, the services on the local days from 1 October to 30 September. Warrants are counted under
 *       the state of the agency that lodged them, whether or not its agreement is still in force.</li>
 *   <li>The US federal fiscal year N runs from 1 October N-1 to 30 September N (FY2020 =
 *       2019-10-01 .. 2020-09-30); its agreement, state and officer figures are taken on 30 September.</li>
 *   <li>Credentials and warrant service exist for the WSO model only: for JEM and TFM those figures
 *       are 0.</li>
 *   <li>Oversight, for a fiscal year only ({@link Figures.OversightFigures}; {@code null} for a date, since
 *       deadlines kept "since the program began" say nothing about the oversight now): complaints received on
 *       the year's local days and, of them, those whose notice was recorded by its deadline
 *       ({@code recorded_at <= notice_due_at}); reviews of the model's agreements due in the year
 *       ({@code due_on}) and, of them, those done on or before that day ({@code reviewed_at}'s local day); the
 *       share of the agencies with a review due in the year whose every such review was on time. A review not
 *       yet done is not on record and not counted here: the oversight view shows it as overdue. Read through
 *       {@link FindingsAndComplaints}, the one place that reads those records.</li>
 * </ul>
 *
 * <p>Everything is counted in the database (count / group by state), with SQL that runs on H2 and
 * PostgreSQL; the totals are the sums of the per-state rows (one row per state at most). Warrants
 * served are added up from a tally per state and local day ({@link WarrantsServedTally}), not counted
 * service by service.
 */
@Service
@Transactional(readOnly = true)
public class ProgramStatistics {

  /** The models of ICE's 287(g) agreements. */
  public static final Set<String> MODELS = Set.of("WSO", "JEM", "TFM");

  /** The first fiscal year of the 287(g) program (section 287(g) was added by IIRIRA in September 1996). */
  public static final int FIRST_FISCAL_YEAR = 1997;

  /** Agreements of :model in force on :day. */
  static final String IN_FORCE = """
      m.model = :model
      and m.effective_on <= :day
      and m.status in ('ACTIVE', 'SUSPENDED', 'TERMINATED')
      and (m.ended_on > :day or (m.ended_on is null and m.status = 'ACTIVE'))
      """;

  static final String AGREEMENTS_BY_STATE = """
      select a.state as state, count(*) as n
      from moa m
      join agency a on a.id = m.agency_id
      where
      """ + IN_FORCE + """
      group by a.state
      """;

  /**
   * Credentials in force at the end of :day, both dates taken as the agency's local days: issued before the
   * first moment of the next day in the agency's zone ({@code d.next_day}, {@link LocalDayStarts}) and not
   * ended by then, the timestamps compared as stored. The agreement is checked once per agency, not once per
   * credential.
   */
  static final String OFFICERS_BY_STATE = """
      select a.state as state, count(*) as n
      from agency a
      join agency_time_zone t on t.agency_id = a.id
      join %s on d.time_zone = t.time_zone
      join credential c on c.agency_id = a.id
      where c.issued_at < d.next_day
        and (c.ended_at >= d.next_day or (c.ended_at is null and c.status = 'ACTIVE'))
        and exists (select 1 from moa m where m.agency_id = a.id and
      """ + IN_FORCE + """
        )
      group by a.state
      """;

  /** From the per-state, per-day tally kept with every service ({@link WarrantsServedTally}). */
  static final String WARRANTS_SERVED_BY_STATE = """
      select d.state as state, sum(d.services) as n
      from warrants_served_daily d
      where d.served_on <= :day
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final FindingsAndComplaints findingsAndComplaints;
  private final LocalDayStarts dayStarts;

  public ProgramStatistics(NamedParameterJdbcTemplate jdbc, FindingsAndComplaints findingsAndComplaints,
      LocalDayStarts dayStarts) {
    this.jdbc = jdbc;
    this.findingsAndComplaints = findingsAndComplaints;
    this.dayStarts = dayStarts;
  }

  /**
   * The figures on a day (each agency's local day): agreements, states and officers on that day, warrants served since
   * the beginning of the program up to the end of that day.
   *
   * @throws RuleViolation on {@code model} (not WSO, JEM or TFM) or {@code asOf} (missing)
   */
  public Figures asOf(String model, LocalDate date) {
    String m = model(model);
    if (date == null) {
      throw new RuleViolation("asOf", "Give the date the figures are taken on.");
    }
    return figures(m, date, null);
  }

  /**
   * The figures of a US federal fiscal year: agreements, states and officers on 30 September of that
   * year, warrants served from 1 October of the year before to 30 September (local days).
   *
   * @throws RuleViolation on {@code model} (not WSO, JEM or TFM) or {@code fiscalYear} (before 1997)
   */
  public Figures fiscalYear(String model, int fiscalYear) {
    String m = model(model);
    if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > 9999) {
      throw new RuleViolation("fiscalYear",
          "The fiscal year must be between " + FIRST_FISCAL_YEAR + " (the first of the 287(g) program) and 9999.");
    }
    return figures(m, LocalDate.of(fiscalYear, 9, 30), LocalDate.of(fiscalYear - 1, 10, 1));
  }

  private static String model(String model) {
    String m = model == null ? "" : model.trim().toUpperCase(Locale.ROOT);
    if (!MODELS.contains(m)) {
      throw new RuleViolation("model", "The agreement model must be WSO, JEM or TFM.");
    }
    return m;
  }

  private Figures figures(String model, LocalDate day, LocalDate servedFrom) {
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("model", model)
        .addValue("day", day);

    Map<String, Long> agreements = byState(AGREEMENTS_BY_STATE, params);
    Map<String, Long> officers = Map.of();
    Map<String, Long> warrants = Map.of();
    if ("WSO".equals(model)) {
      officers = byState(OFFICERS_BY_STATE.formatted(dayStarts.table("d", "next_day", day.plusDays(1), params)), params);
      String served = WARRANTS_SERVED_BY_STATE;
      if (servedFrom != null) {
        served += " and d.served_on >= :from";
        params.addValue("from", servedFrom);
      }
      warrants = byState(served + " group by d.state", params);
    }

    TreeMap<String, Figures.StateFigures> rows = new TreeMap<>();
    for (Map<String, Long> figure : List.of(agreements, officers, warrants)) {
      for (String state : figure.keySet()) {
        rows.computeIfAbsent(state, s -> new Figures.StateFigures(s,
            agreements.getOrDefault(s, 0L), 0, 0));
      }
    }
    Map<String, Long> o = officers;
    Map<String, Long> w = warrants;
    rows.replaceAll((s, r) -> new Figures.StateFigures(s, r.agreements(), o.getOrDefault(s, 0L), w.getOrDefault(s, 0L)));

    return new Figures(model, day, servedFrom,
        sum(agreements), agreements.size(), sum(officers), sum(warrants), List.copyOf(rows.values()),
        servedFrom == null ? null : oversight(model, servedFrom, day));
  }

  private Figures.OversightFigures oversight(String model, LocalDate from, LocalDate day) {
    FindingsAndComplaints.ComplaintsReceived complaints = "WSO".equals(model)
        ? findingsAndComplaints.complaintsReceived(from, day)
        : new FindingsAndComplaints.ComplaintsReceived(0, 0);
    Map<Long, FindingsAndComplaints.ReviewsDue> reviews = findingsAndComplaints.reviewsDue(model, from, day);
    long due = reviews.values().stream().mapToLong(FindingsAndComplaints.ReviewsDue::due).sum();
    long onTime = reviews.values().stream().mapToLong(FindingsAndComplaints.ReviewsDue::onTime).sum();
    long agencies = reviews.size();
    long everyOnTime = reviews.values().stream().filter(r -> r.onTime() == r.due()).count();
    Double share = agencies == 0 ? null : Math.round(everyOnTime * 1000.0 / agencies) / 1000.0;
    return new Figures.OversightFigures(complaints.received(), complaints.noticesOnTime(), due, onTime, agencies,
        everyOnTime, share);
  }

  private Map<String, Long> byState(String sql, MapSqlParameterSource params) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(sql, params, rs -> {
      counts.put(rs.getString("state"), rs.getLong("n"));
    });
    return counts;
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
