package org.wso287g.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V3_1__Normalize_agency_names;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** V3_1 fills the normalised name of the agencies recorded before V3, with the application's rule. */
@DataJpaTest
class NormalizedNameMigrationTest {

  @Autowired DataSource dataSource;

  @Test
  void fillsTheNormalisedNameOfExistingAgencies() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject(
        "select count(*) from \"flyway_schema_history\" where \"version\" = '3.1' and \"success\"", Integer.class))
        .isEqualTo(1);
    jdbc.update("insert into agency (ori, name, state, field_office_code, status, created_at) values "
        + "('LA0990000', ' Demo Parish Sheriff’s Office  ', 'LA', 'NOL', 'PROSPECT', current_timestamp)");

    Connection connection = DataSourceUtils.getConnection(dataSource);
    new V3_1__Normalize_agency_names().migrate(new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    });

    assertThat(jdbc.queryForObject("select normalized_name from agency where ori = 'LA0990000'", String.class))
        .isEqualTo("DEMO PARISH SHERIFFS OFFICE");
  }
}
