package org.wso287g.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Nodes of a cluster start one at a time on PostgreSQL. From the moment the environment is known
 * until the application is ready, a node holds a session-level advisory lock: the one that gets it
 * first creates the Camunda and Flyway schemas, the administrator, the program's groups,
 * authorizations and filters, and deploys the models; the others wait, then find all of it in place.
 * Without it, two nodes started at once on an empty database both create the same tables and rows.
 *
 * <p>The lock lives in its own connection: if the node dies, PostgreSQL ends the session and frees
 * the lock. On any other database (the embedded H2) there is one node and nothing to do.
 */
public class ClusterStartupLock implements ApplicationListener<ApplicationEvent> {

  /** The advisory lock's key: any constant shared by every node ("287G" in ASCII). */
  static final long KEY = 0x32383747L;

  private static final Logger log = LoggerFactory.getLogger(ClusterStartupLock.class);

  private Connection held;

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      acquire(prepared.getEnvironment());
    } else if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
      release();
    }
  }

  private void acquire(Environment environment) {
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      return;
    }
    try {
      held = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
          environment.getProperty("spring.datasource.password"));
      try (Statement statement = held.createStatement()) {
        var free = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")");
        free.next();
        if (!free.getBoolean(1)) {
          log.info("Another node is starting on this database: waiting for it to finish its start-up.");
          statement.execute("select pg_advisory_lock(" + KEY + ")");
        }
      }
    } catch (SQLException e) {
      release();
      throw new IllegalStateException("Could not take the start-up lock on " + url + ": " + e.getMessage(), e);
    }
  }

  private void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      held = null;
      connection.createStatement().execute("select pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      // Closing the session frees the lock anyway.
      log.debug("Start-up lock released by closing its session", e);
    }
  }
}
