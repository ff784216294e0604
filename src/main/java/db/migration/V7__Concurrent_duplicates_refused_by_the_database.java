package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rule 13: what two requests sent at the same moment cannot both write. The ORI is unique on
 * {@code agency} (V1) and the number on {@code warrant} (V2); this adds "one open application per
 * agency" and a sequence for the application numbers.
 *
 * <p>Neither H2 nor PostgreSQL can express "unique among the open ones" the same way (H2 has no
 * partial index), so {@code application.open_agency_id} holds the agency's id while the application
 * is open and is empty once it is closed; empty values never collide on either database.
 *
 * <p>In Java because the sequence starts after the highest number already given, which neither
 * database lets SQL portable to both compute into {@code create sequence}.
 */
public class V7__Concurrent_duplicates_refused_by_the_database extends BaseJavaMigration {

  /** {@code org.wso287g.onboarding.domain.ApplicationStatus.OPEN}. */
  private static final String OPEN = "('UNDER_REVIEW', 'MORE_INFO_REQUESTED', 'APPROVED')";

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("alter table application add column open_agency_id bigint");
      // Rule 4 was checked in Java only: should an agency have two open applications from before, the
      // first one holds the key, and the Java check still sees the other while it is open.
      statement.execute("update application set open_agency_id = agency_id where status in " + OPEN
          + " and id = (select min(o.id) from application o where o.agency_id = application.agency_id"
          + " and o.status in " + OPEN + ")");
      statement.execute("create unique index ux_application_open_agency on application (open_agency_id)");
      statement.execute("create sequence application_number_seq start with " + (highestNumberGiven(statement) + 1));
    }
  }

  /** The highest {@code nnnn} of the {@code WSO-{year}-{nnnn}} numbers on record, of any year. */
  private static long highestNumberGiven(Statement statement) throws Exception {
    long highest = 0;
    try (ResultSet numbers = statement.executeQuery("select number from application")) {
      while (numbers.next()) {
        String number = numbers.getString(1);
        String digits = number.substring(number.lastIndexOf('-') + 1);
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
          highest = Math.max(highest, Long.parseLong(digits));
        }
      }
    }
    return highest;
  }
}
