package org.wso287g.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.OffsetDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wso287g.fieldoffice.LocalDayStarts;
import org.wso287g.oversight.domain.FindingsAndComplaints;
import org.wso287g.statistics.domain.Figures;
import org.wso287g.statistics.domain.ProgramStatistics;
import org.wso287g.testing.TestDatabases;

/**
 * The benchmark's data, small: the rows satisfy the schema and each other (services by officers in service,
 * the tally as the application keeps it), the statistics count them, and the application numbers on after them.
 */
class StatisticsDataTest {

  static final int AGREEMENTS = 60;
  static final int OFFICERS = 600;
  static final int SERVICES = 6_000;

  @Test
  void fillsAProgramThatTheStatisticsCountAndTheApplicationGoesOnFrom() throws Exception {
    DriverManagerDataSource database = TestDatabases.onPostgres()
        ? new DriverManagerDataSource(TestDatabases.freshPostgres("statistics_data"), TestDatabases.username(),
            TestDatabases.password())
        : new DriverManagerDataSource("jdbc:h2:mem:statistics-data;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    Flyway.configure().dataSource(database).load().migrate();

    try (Connection connection = database.getConnection()) {
      StatisticsData.fill(connection, AGREEMENTS, OFFICERS, SERVICES);
    }

    assertThat(count("moa", jdbc)).isEqualTo(AGREEMENTS);
    assertThat(jdbc.queryForObject("select count(distinct model) from moa", Long.class)).isEqualTo(3);
    assertThat(jdbc.queryForObject("select count(distinct field_office_code) from agency", Long.class)).isEqualTo(25);
    assertThat(count("credential", jdbc)).isEqualTo(OFFICERS);
    assertThat(count("warrant", jdbc)).isEqualTo(SERVICES);
    assertThat(count("warrant_service", jdbc)).isEqualTo(SERVICES);
    assertThat(count("custody_outcome", jdbc)).isEqualTo(SERVICES);
    assertThat(count("complaint", jdbc)).isEqualTo(SERVICES / StatisticsData.SERVICES_PER_COMPLAINT);
    assertThat(count("oversight_review", jdbc)).isPositive();
    assertThat(jdbc.queryForObject("select sum(services) from warrants_served_daily", Long.class)).isEqualTo(SERVICES);
    assertThat(jdbc.queryForObject("select count(*) from warrant_service s join credential c on c.id = s.credential_id "
        + "join warrant w on w.id = s.warrant_id where w.agency_id <> c.agency_id or s.served_at < c.issued_at "
        + "or s.served_at > coalesce(c.ended_at, c.suspended_at, s.served_at)", Long.class))
        .as("services by an officer of the warrant's agency, while in service").isZero();

    NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
    ProgramStatistics statistics = new ProgramStatistics(named, new FindingsAndComplaints(named), new LocalDayStarts(jdbc));
    Figures after = statistics.asOf("WSO", StatisticsData.LAST_DAY.plusDays(60));
    assertThat(after.warrantsServed()).isEqualTo(SERVICES);
    // Only the agreements in force hold active credentials: suspended and terminated ones suspended or revoked theirs.
    assertThat(after.credentialedOfficers())
        .isEqualTo(jdbc.queryForObject("select count(*) from credential where status = 'ACTIVE'", Long.class))
        .isPositive();
    Figures fy2026 = statistics.fiscalYear("WSO", 2026);
    assertThat(fy2026.warrantsServed()).isPositive().isLessThan(SERVICES);
    assertThat(fy2026.oversight().reviewsDue()).isPositive();
    assertThat(statistics.fiscalYear("JEM", 2026).agreements()).isPositive();

    // The application numbers its own records after these.
    jdbc.update("insert into agency (name, state, field_office_code, status, created_at) values ('Next', 'LA', 'NOL', "
        + "'APPLICANT', ?)", OffsetDateTime.parse("2026-10-01T10:00:00Z"));
    assertThat(jdbc.queryForObject(TestDatabases.onPostgres() ? "select nextval('complaint_number_seq')"
        : "select next value for complaint_number_seq", Long.class)).isEqualTo(
        SERVICES / StatisticsData.SERVICES_PER_COMPLAINT + 1);
    assertThatThrownBy(() -> {
      try (Connection connection = database.getConnection()) {
        StatisticsData.fill(connection, AGREEMENTS, OFFICERS, SERVICES);
      }
    }).isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
    assertThat(count("moa", jdbc)).isEqualTo(AGREEMENTS);
  }

  private static long count(String table, JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
