package org.wso287g.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Runs {@link StatisticsData#fill} alone, on a database the application has migrated and started once
 * and that nothing else has open (the embedded H2 file allows one process at a time: stop the application
 * first). Arguments: JDBC URL, user, password, and optionally agreements, officers and services (default
 * 5,000 / 50,000 / 1,000,000):
 *
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.wso287g.benchmark.StatisticsDataMain \
 *     'jdbc:h2:file:./target/h2/wso287g;NON_KEYWORDS=VALUE;CACHE_SIZE=262144' sa ''
 * </pre>
 */
public final class StatisticsDataMain {

  private StatisticsDataMain() {}

  public static void main(String[] args) throws SQLException {
    if (args.length != 3 && args.length != 6) {
      System.err.println("Arguments: jdbc-url user password [agreements officers services]");
      System.exit(2);
    }
    int agreements = args.length == 6 ? Integer.parseInt(args[3]) : 5_000;
    int officers = args.length == 6 ? Integer.parseInt(args[4]) : 50_000;
    int services = args.length == 6 ? Integer.parseInt(args[5]) : 1_000_000;
    try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
      StatisticsData.fill(connection, agreements, officers, services);
    }
  }
}
