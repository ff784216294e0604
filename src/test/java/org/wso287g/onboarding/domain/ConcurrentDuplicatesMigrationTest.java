package org.wso287g.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wso287g.testing.TestDatabases;

/**
 * V7 on a database that already holds applications: the open ones hold the agency's key, the closed
 * ones do not, and the sequence goes on after the highest number given, of any year.
 */
class ConcurrentDuplicatesMigrationTest {

  @Test
  void theOpenApplicationsHoldTheKeyAndNumbersGoOnAfterTheHighest() {
    DriverManagerDataSource database = TestDatabases.onPostgres()
        ? new DriverManagerDataSource(TestDatabases.freshPostgres("v7_migration"), TestDatabases.username(),
            TestDatabases.password())
        : new DriverManagerDataSource("jdbc:h2:mem:v7-migration;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    Flyway.configure().dataSource(database).target("6").load().migrate();
    long open = agency("LA0990000", jdbc);
    long declined = agency("MS0450000", jdbc);
    long twice = agency("AL0010000", jdbc);
    application("WSO-2025-0107", declined, "DECLINED", jdbc);
    application("WSO-2026-0012", open, "APPROVED", jdbc);
    // Rule 4 was checked in Java only before V7: two open applications of one agency are possible.
    application("WSO-2026-0013", twice, "UNDER_REVIEW", jdbc);
    application("WSO-2026-0014", twice, "MORE_INFO_REQUESTED", jdbc);

    Flyway.configure().dataSource(database).target("7").load().migrate();

    assertThat(openAgencyOf("WSO-2025-0107", jdbc)).isNull();
    assertThat(openAgencyOf("WSO-2026-0012", jdbc)).isEqualTo(open);
    assertThat(openAgencyOf("WSO-2026-0013", jdbc)).isEqualTo(twice);
    assertThat(openAgencyOf("WSO-2026-0014", jdbc)).as("the first one holds the key").isNull();
    assertThat(jdbc.queryForObject(TestDatabases.onPostgres() ? "select nextval('application_number_seq')"
        : "select next value for application_number_seq", Long.class)).isEqualTo(108);
  }

  private static long agency(String ori, JdbcTemplate jdbc) {
    jdbc.update("insert into agency (ori, name, state, field_office_code, status, created_at) values "
        + "(?, 'Sheriff''s Office', 'LA', 'NOL', 'APPLICANT', current_timestamp)", ori);
    return jdbc.queryForObject("select id from agency where ori = ?", Long.class, ori);
  }

  private static void application(String number, long agency, String status, JdbcTemplate jdbc) {
    jdbc.update("insert into application (number, agency_id, status, requested_officer_count, letter_date, "
        + "contact_name, contact_email, registered_by, registered_at) values (?, ?, ?, 4, current_date, 'Chief Deputy', "
        + "'chief@parish.invalid', 'hq.analyst', current_timestamp)", number, agency, status);
  }

  private static Long openAgencyOf(String number, JdbcTemplate jdbc) {
    return jdbc.queryForObject("select open_agency_id from application where number = ?", Long.class, number);
  }
}
