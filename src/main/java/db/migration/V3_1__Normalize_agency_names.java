package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.wso287g.onboarding.domain.AgencyNames;

/**
 * Fills {@code agency.normalized_name} (added by V3) for the agencies already on record, with the
 * very rule the application applies ({@link AgencyNames#normalize}), which SQL portable to both H2
 * and PostgreSQL cannot express.
 */
public class V3_1__Normalize_agency_names extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement select = connection.createStatement();
        ResultSet agencies = select.executeQuery("select id, name from agency where normalized_name is null");
        PreparedStatement update = connection.prepareStatement(
            "update agency set normalized_name = ? where id = ?")) {
      while (agencies.next()) {
        update.setString(1, AgencyNames.normalize(agencies.getString("name")));
        update.setLong(2, agencies.getLong("id"));
        update.executeUpdate();
      }
    }
  }
}
