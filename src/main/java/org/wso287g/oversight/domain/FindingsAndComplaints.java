package org.wso287g.oversight.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * <b>The one place that reads the records of the review findings loop and of the complaint process</b>:
 * {@code oversight_review}'s columns {@code due_on} and {@code corrected_at} (Flyway V16) and the table
 * {@code complaint} (V17), by the names agreed for the second release. The oversight view and the
 * statistics ask here and nowhere else.
 *
 * <p>Each part answers only when its columns are in the database ({@link #findingsRecorded()},
 * {@link #complaintsRecorded()}, read from {@code information_schema} on each call); before, the
 * figures are absent ({@code null} in the API, "not recorded" on the page), never a guessed zero. Once
 * V16 and V17 are merged they count with nothing to switch on.
 */
@Component
public class FindingsAndComplaints {

  /** Every column of {@code oversight_review} the queries below read, V16's included. */
  static final Set<String> REVIEW_COLUMNS = Set.of("moa_id", "compliant", "reviewed_at", "due_on", "corrected_at");

  /** Every column of {@code complaint} the queries below read (V17). */
  static final Set<String> COMPLAINT_COLUMNS = Set.of("agency_id", "received_at", "notice_due_at", "recorded_at",
      "recorded_late", "resolution_due_at", "status");

  static final String COLUMNS = """
      select lower(table_name) as t, lower(column_name) as c from information_schema.columns
      where lower(table_name) in ('oversight_review', 'complaint') and table_schema = current_schema
      """;

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

  /** Complaints received on the local days :from to :day, and those whose notice was recorded in time. */
  static final String COMPLAINTS_RECEIVED = """
      select count(*) as received,
             coalesce(sum(case when c.recorded_at <= c.notice_due_at then 1 else 0 end), 0) as on_time
      from complaint c
      join agency_time_zone t on t.agency_id = c.agency_id
      where %s between :from and :day
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

  /** Whether {@code oversight_review} has the findings loop's columns (V16). */
  public boolean findingsRecorded() {
    return columns("oversight_review").containsAll(REVIEW_COLUMNS);
  }

  /** Whether the table {@code complaint} of the complaint process is there (V17). */
  public boolean complaintsRecorded() {
    return columns("complaint").containsAll(COMPLAINT_COLUMNS);
  }

  /** Findings not corrected per agency id, for the agencies of these field offices; empty before V16. */
  public Map<Long, Long> findingsNotCorrected(List<String> fieldOffices) {
    Map<Long, Long> counts = new HashMap<>();
    if (findingsRecorded() && !fieldOffices.isEmpty()) {
      jdbc.query(FINDINGS_NOT_CORRECTED, new MapSqlParameterSource("offices", fieldOffices),
          rs -> {
            counts.put(rs.getLong("agency_id"), rs.getLong("n"));
          });
    }
    return counts;
  }

  /** Open complaints per agency id, for the agencies of these field offices; empty before V17. */
  public Map<Long, OpenComplaints> openComplaints(List<String> fieldOffices, Instant now) {
    Map<Long, OpenComplaints> counts = new HashMap<>();
    if (complaintsRecorded() && !fieldOffices.isEmpty()) {
      jdbc.query(OPEN_COMPLAINTS, new MapSqlParameterSource("offices", fieldOffices).addValue("now", now.atOffset(ZoneOffset.UTC)),
          rs -> {
            counts.put(rs.getLong("agency_id"), new OpenComplaints(rs.getLong("open_count"), rs.getLong("recorded_late"),
                rs.getLong("past_due")));
          });
    }
    return counts;
  }

  /** Complaints received on the agencies' local days {@code from} to {@code day}; {@code null} before V17. */
  public ComplaintsReceived complaintsReceived(LocalDate from, LocalDate day) {
    if (!complaintsRecorded()) {
      return null;
    }
    return jdbc.queryForObject(COMPLAINTS_RECEIVED, new MapSqlParameterSource("from", from).addValue("day", day),
        (rs, row) -> new ComplaintsReceived(rs.getLong("received"), rs.getLong("on_time")));
  }

  /** Per agency id, the reviews due from {@code from} to {@code day} and those done on time; {@code null} before V16. */
  public Map<Long, ReviewsDue> reviewsDue(String model, LocalDate from, LocalDate day) {
    if (!findingsRecorded()) {
      return null;
    }
    Map<Long, ReviewsDue> due = new HashMap<>();
    jdbc.query(REVIEWS_DUE, new MapSqlParameterSource("model", model).addValue("from", from).addValue("day", day),
        rs -> {
          due.put(rs.getLong("agency_id"), new ReviewsDue(rs.getLong("due"), rs.getLong("on_time")));
        });
    return due;
  }

  private Set<String> columns(String table) {
    Set<String> columns = new HashSet<>();
    jdbc.getJdbcTemplate().query(COLUMNS, rs -> {
      if (table.equals(rs.getString("t"))) {
        columns.add(rs.getString("c"));
      }
    });
    return columns;
  }
}
