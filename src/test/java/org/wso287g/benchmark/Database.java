package org.wso287g.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where one application of the benchmark keeps its data: an H2 file of its own or a fresh PostgreSQL database. */
record Database(String kind, String url, String username, String password, String driver) {

  static final String H2 = "h2";
  static final String POSTGRES = "postgres";

  /** The product's H2 file is ./target/h2/wso287g under its working directory, as `mvn spring-boot:run` has it. */
  static Database h2(Path directory, String name) {
    return new Database(H2, "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;NON_KEYWORDS=VALUE",
        "sa", "", "org.h2.Driver");
  }

  /** Drops and creates the database on the server scripts/postgres-start runs (role wso287g may create databases). */
  static Database freshPostgres(String name) {
    String server = System.getProperty("benchmark.postgres", "jdbc:postgresql://localhost:5432/");
    String user = System.getProperty("benchmark.postgres.username", "wso287g");
    String password = System.getProperty("benchmark.postgres.password", "wso287g");
    try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
        var statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name + " (is PostgreSQL running? scripts/postgres-start)", e);
    }
    return new Database(POSTGRES, server + name, user, password, "org.postgresql.Driver");
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }
}
