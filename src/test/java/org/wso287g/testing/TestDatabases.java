package org.wso287g.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Which database the suite runs on. {@code mvn verify} runs it on the embedded H2; the
 * {@code postgres} Maven profile runs it a second time with {@code -Dwso.test.database=postgres},
 * where every Spring context and the model tests' engine get a database of their own, created
 * empty, on the PostgreSQL server named by {@code wso.test.postgres.*} (defaults: the user and
 * password that {@code scripts/postgres-start} creates, on localhost:5432).
 */
public final class TestDatabases {

  public static final String SYSTEM_PROPERTY = "wso.test.database";

  private TestDatabases() {}

  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty(SYSTEM_PROPERTY));
  }

  public static String host() {
    return System.getProperty("wso.test.postgres.host", "localhost:5432");
  }

  public static String username() {
    return onPostgres() ? System.getProperty("wso.test.postgres.username", "wso287g") : "sa";
  }

  public static String password() {
    return onPostgres() ? System.getProperty("wso.test.postgres.password", "wso287g") : "";
  }

  /** The model tests' engine ({@code model-tests.cfg.xml}): in-memory H2, or a new PostgreSQL database. */
  public static String modelTestsUrl() {
    return onPostgres() ? freshPostgres("models") : "jdbc:h2:mem:camunda-model-tests;DB_CLOSE_DELAY=1000";
  }

  public static String modelTestsDriver() {
    return onPostgres() ? "org.postgresql.Driver" : "org.h2.Driver";
  }

  /** The JDBC URL of the database {@code name} on the test server. */
  public static String url(String name) {
    return "jdbc:postgresql://" + host() + "/" + name;
  }

  /**
   * Drops the database {@code wso_test_<name>} if an earlier run left it, creates it empty and
   * answers its JDBC URL.
   */
  public static String freshPostgres(String name) {
    String database = "wso_test_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    if (database.length() > 63) {
      database = database.substring(0, 63);
    }
    try (Connection admin = DriverManager.getConnection(url("postgres"), username(), password());
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
      statement.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + database + " on " + host()
          + " as " + username() + " (is PostgreSQL started? scripts/postgres-start): " + e.getMessage(), e);
    }
    return url(database);
  }
}
