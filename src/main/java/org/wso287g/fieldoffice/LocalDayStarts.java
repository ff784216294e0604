package org.wso287g.fieldoffice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * For SQL that counts rows on each agency's local day (rule 11) without converting every row: the first
 * moment of a day in every zone the view {@code agency_time_zone} can answer, as a derived table to join on
 * its {@code time_zone}. "The local day of {@code t} is on or before D" is then {@code t < the first moment
 * of D + 1 there}, a comparison of the timestamps as stored. Converting each of 50,000 credentials'
 * timestamps to a local date ({@code to_char(... at time zone ...)}) cost most of the statistics' time,
 * on PostgreSQL and on H2.
 *
 * <p>The zones are read from the reference data on each use (a few dozen rows): the view takes an agency's
 * zone from {@code field_office_state_zone}, else from {@code field_office}, so every zone it answers is one
 * of these.
 */
@Component
public class LocalDayStarts {

  static final String ZONES = "select time_zone from field_office union select time_zone from field_office_state_zone";

  private final JdbcTemplate jdbc;

  public LocalDayStarts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The derived table {@code alias(time_zone, column)}: one row per zone, with the first moment of
   * {@code day} in that zone. Its parameters are added to {@code params}, named after the alias.
   *
   * @throws IllegalStateException when the reference data hold no zone (a database not migrated)
   */
  public String table(String alias, String column, LocalDate day, MapSqlParameterSource params) {
    List<String> zones = jdbc.queryForList(ZONES, String.class);
    if (zones.isEmpty()) {
      throw new IllegalStateException("No field office time zone is on record.");
    }
    StringBuilder rows = new StringBuilder();
    for (int z = 0; z < zones.size(); z++) {
      String zone = alias + "_zone_" + z;
      String start = alias + "_start_" + z;
      params.addValue(zone, zones.get(z));
      params.addValue(start, OffsetDateTime.ofInstant(day.atStartOfDay(ZoneId.of(zones.get(z))).toInstant(),
          ZoneOffset.UTC));
      // PostgreSQL takes a VALUES column's type from its first row: say it there.
      rows.append(z == 0
          ? "(cast(:" + zone + " as varchar(40)), cast(:" + start + " as timestamp with time zone))"
          : ", (:" + zone + ", :" + start + ")");
    }
    return "(values " + rows + ") as " + alias + "(time_zone, " + column + ")";
  }
}
