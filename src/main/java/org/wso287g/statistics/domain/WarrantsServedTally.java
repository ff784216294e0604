package org.wso287g.statistics.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.warrant.domain.WarrantServed;

/**
 * Keeps {@code warrants_served_daily}: the warrants served per state and calendar day, so that the
 * statistics add up a few hundred rows per state instead of counting every service. The day is the one
 * in the time zone of the agency's field office (rule 11): a service at 23:30 in New Orleans on
 * 30 September counts on 30 September, although it is 1 October in UTC.
 *
 * <p>A service adds one in the transaction that records it ({@link WarrantServed} is published
 * there), with an atomic upsert: two officers of one state serving on the same day wait on one row
 * instead of both inserting it. PostgreSQL's {@code on conflict} is safe under concurrency; H2, the
 * single-node embedded default, takes the standard {@code merge}.
 */
@Component
public class WarrantsServedTally {

  static final String POSTGRES_ADD = """
      insert into warrants_served_daily (state, served_on, services) values (?, ?, 1)
      on conflict (state, served_on) do update set services = warrants_served_daily.services + 1
      """;

  static final String STANDARD_ADD = """
      merge into warrants_served_daily t
      using (values (cast(? as varchar(2)), cast(? as date))) as s (state, served_on)
      on t.state = s.state and t.served_on = s.served_on
      when matched then update set services = t.services + 1
      when not matched then insert (state, served_on, services) values (s.state, s.served_on, 1)
      """;

  /**
   * The same figures recounted from warrant_service, as the V9 migration rebuilt them: the local day
   * through {@code to_char}, since H2 casts a timestamp with time zone to a date in the session's zone.
   */
  public static final String RECOUNT = """
      insert into warrants_served_daily (state, served_on, services)
      select a.state, cast(to_char(s.served_at at time zone t.time_zone, 'YYYY-MM-DD') as date), count(*)
      from warrant_service s
      join warrant w on w.id = s.warrant_id
      join agency a on a.id = w.agency_id
      join agency_time_zone t on t.agency_id = a.id
      group by a.state, cast(to_char(s.served_at at time zone t.time_zone, 'YYYY-MM-DD') as date)
      """;

  private final JdbcTemplate jdbc;
  private final FieldOfficeCalendar calendar;
  private volatile String add;

  public WarrantsServedTally(JdbcTemplate jdbc, FieldOfficeCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  @EventListener
  public void served(WarrantServed served) {
    LocalDate day = calendar.dayOf(served.servedAt(), served.fieldOfficeCode(), served.agencyState());
    jdbc.update(addStatement(), served.agencyState(), day);
  }

  /** Recounts the whole table from warrant_service: for rows written around the services (bulk loads). */
  @Transactional
  public void recount() {
    jdbc.update("delete from warrants_served_daily");
    jdbc.update(RECOUNT);
  }

  private String addStatement() {
    if (add == null) {
      add = jdbc.execute((ConnectionCallback<String>) WarrantsServedTally::addFor);
    }
    return add;
  }

  private static String addFor(Connection connection) throws SQLException {
    return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? POSTGRES_ADD : STANDARD_ADD;
  }
}
