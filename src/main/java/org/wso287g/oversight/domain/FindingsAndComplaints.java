package org.wso287g.oversight.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * <b>The one place that counts the records of the review findings loop and of the complaint process</b>:
 * {@code oversight_review}'s columns {@code due_on} and {@code corrected_at} (Flyway V16) and the table
 * {@code complaint} (V17). The oversight view and the statistics ask here and nowhere else.
 */
@Component
public class FindingsAndComplaints {

  /** A finding not corrected: a review found not compliant whose correction nobody has verified. */
  static final String FINDINGS_NOT_CORRECTED = """
      select m.agency_id as agency_id, count(*) as n
      from oversight_review r
      join moa m on m.id = r.moa_id
      join agency a on a.id = m.agency_id
      where r.compliant = false and r.corrected_at is null and a.field_office_code in (:offices)
      group by m.agency_id
      """;

  /** Open complaints (status other than RESOLVED), those recorded late, those past their resolution date. */
  static final String OPEN_COMPLAINTS = """
      select c.agency_id as agency_id, count(*) as open_count,
             sum(case when c.recorded_late then 1 else 0 end) as recorded_late,
             sum(case when c.resolution_due_at < :now then 1 else 0 end) as past_due
      from complaint c
      join agency a on a.id = c.agency_id
      where c.status <> 'RESOLVED' and a.field_office_code in (:offices)
      group by c.agency_id
      """;

  /** The local day (agency's field office zone) of a timestamp, as ProgramStatistics takes it. */
  private static String localDay(String column) {
    return "cast(to_char(" + column + " at time zone t.time_zone, 'YYYY-MM-DD') as date)";
  }

  /**
   * Complaints received on the local days :from to :day, and those whose notice was recorded in time. The
   * range :earliest to :latest holds those days in every zone (UTC+14 to UTC-12): it lets the index on
   * received_at (V21) read the period's complaints alone, before each one's local day is taken.
   */
  static final String COMPLAINTS_RECEIVED = """
      select count(*) as received,
             coalesce(sum(case when c.recorded_at <= c.notice_due_at then 1 else 0 end), 0) as on_time
      from complaint c
      join agency_time_zone t on t.agency_id = c.agency_id
      where %s between :from and :day
        and c.received_at >= :earliest and c.received_at < :latest
      """.formatted(localDay("c.received_at"));

  /** Per agency, the reviews of :model agreements due from :from to :day, and those done by their due day. */
  static final String REVIEWS_DUE = """
      select m.agency_id as agency_id, count(*) as due,
             sum(case when %s <= r.due_on then 1 else 0 end) as on_time
      from oversight_review r
      join moa m on m.id = r.moa_id
      join agency_time_zone t on t.agency_id = m.agency_id
      where m.model = :model and r.due_on between :from and :day
      group by m.agency_id
      """.formatted(localDay("r.reviewed_at"));

  /** The offsets at which a day starts first (Kiribati) and last (Baker Island) on Earth. */
  private static final ZoneOffset FIRST_OFFSET = ZoneOffset.ofHours(14);
  private static final ZoneOffset LAST_OFFSET = ZoneOffset.ofHours(-12);

  /** An agency's open complaints. */
  public record OpenComplaints(long open, long recordedLate, long pastResolutionDue) {}

  /** Complaints received in a period and those whose notice was recorded on time. */
  public record ComplaintsReceived(long received, long noticesOnTime) {}

  /** An agency's reviews due in a period and those done on time. */
  public record ReviewsDue(long due, long onTime) {}

  private final NamedParameterJdbcTemplate jdbc;

  public FindingsAndComplaints(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Findings not corrected per agency id, for the agencies of these field offices. */
  public Map<Long, Long> findingsNotCorrected(List<String> fieldOffices) {
    Map<Long, Long> counts = new HashMap<>();
    if (!fieldOffices.isEmpty()) {
      jdbc.query(FINDINGS_NOT_CORRECTED, new MapSqlParameterSource("offices", fieldOffices),
          rs -> {
            counts.put(rs.getLong("agency_id"), rs.getLong("n"));
          });
    }
    return counts;
  }

  /** Open complaints per agency id, for the agencies of these field offices. */
  public Map<Long, OpenComplaints> openComplaints(List<String> fieldOffices, Instant now) {
    Map<Long, OpenComplaints> counts = new HashMap<>();
    if (!fieldOffices.isEmpty()) {
      jdbc.query(OPEN_COMPLAINTS, new MapSqlParameterSource("offices", fieldOffices).addValue("now", now.atOffset(ZoneOffset.UTC)),
          rs -> {
            counts.put(rs.getLong("agency_id"), new OpenComplaints(rs.getLong("open_count"), rs.getLong("recorded_late"),
                rs.getLong("past_due")));
          });
    }
    return counts;
  }

  /** Complaints received on the agencies' local days {@code from} to {@code day}. */
  public ComplaintsReceived complaintsReceived(LocalDate from, LocalDate day) {
    MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("day", day)
        .addValue("earliest", from.atStartOfDay().atOffset(FIRST_OFFSET))
        .addValue("latest", day.plusDays(1).atStartOfDay().atOffset(LAST_OFFSET));
    return jdbc.queryForObject(COMPLAINTS_RECEIVED, params,
        (rs, row) -> new ComplaintsReceived(rs.getLong("received"), rs.getLong("on_time")));
  }

  /** Per agency id, the reviews due from {@code from} to {@code day} and those done on time. */
  public Map<Long, ReviewsDue> reviewsDue(String model, LocalDate from, LocalDate day) {
    Map<Long, ReviewsDue> due = new HashMap<>();
    jdbc.query(REVIEWS_DUE, new MapSqlParameterSource("model", model).addValue("from", from).addValue("day", day),
        rs -> {
          due.put(rs.getLong("agency_id"), new ReviewsDue(rs.getLong("due"), rs.getLong("on_time")));
        });
    return due;
  }
}
