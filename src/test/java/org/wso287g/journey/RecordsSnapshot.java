package org.wso287g.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.wso287g.testing.TestDatabases;

/**
 * What a refused request must leave as it found it: every row of the program's tables (each table a
 * Flyway migration creates), the rows of the engine's runtime and identity tables with their revisions,
 * and the number of rows of the engine's history. Two snapshots differ by the tables that changed.
 */
final class RecordsSnapshot {

  private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

  /** The engine's records of running processes, tasks, variables, jobs and identities: compared row by row. */
  private static final List<String> ENGINE_RUNTIME = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
      "ACT_RU_JOB", "ACT_RU_EVENT_SUBSCR", "ACT_RU_IDENTITYLINK", "ACT_RU_INCIDENT", "ACT_RU_AUTHORIZATION",
      "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP");

  /** The engine's history grows with every accepted step: its row counts suffice. */
  private static final List<String> ENGINE_HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
      "ACT_HI_ACTINST", "ACT_HI_OP_LOG", "ACT_HI_COMMENT");

  private final JdbcTemplate jdbc;
  private final List<String> domainTables;
  private final Map<String, String> digests = new HashMap<>();

  RecordsSnapshot(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.domainTables = domainTables();
  }

  List<String> domainTableNames() {
    return domainTables;
  }

  /** Table name to a fingerprint of its rows. */
  Map<String, String> take() {
    Map<String, String> state = new LinkedHashMap<>();
    for (String table : domainTables) {
      state.put(table, fingerprint(table));
    }
    for (String table : ENGINE_RUNTIME) {
      state.put(table, fingerprint(table));
    }
    for (String table : ENGINE_HISTORY) {
      state.put(table, "rows " + jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return state;
  }

  static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    before.forEach((table, print) -> {
      if (!Objects.equals(print, after.get(table))) {
        changed.add(table + " (" + print + " -> " + after.get(table) + ")");
      }
    });
    return changed;
  }

  /**
   * Row count and an order-independent digest of every row's columns, computed by the database (a sum of
   * row hashes): comparing the rows themselves in Java took longer than the requests.
   */
  private String fingerprint(String table) {
    String sql = digests.computeIfAbsent(table, this::digestQuery);
    return jdbc.queryForObject(sql, (rs, n) -> "rows " + rs.getLong(1) + ", digest " + rs.getString(2));
  }

  /**
   * The engine's runtime tables carry a revision that every update raises: their row count, the sum of
   * the revisions and a sum of the ids' hashes tell an insert, a delete and an update apart cheaply. The
   * program's tables are digested row by row, all columns but large text (the outbox's message bodies).
   */
  private String digestQuery(String table) {
    List<String> columns = new ArrayList<>();
    jdbc.query("select * from " + table + " where 1 = 0", (ResultSetExtractor<Void>) rs -> {
      ResultSetMetaData meta = rs.getMetaData();
      for (int column = 1; column <= meta.getColumnCount(); column++) {
        int type = meta.getColumnType(column);
        if (type != Types.CLOB && type != Types.NCLOB && type != Types.LONGVARCHAR && type != Types.BLOB) {
          columns.add(meta.getColumnName(column));
        }
      }
      return null;
    });
    String hash = TestDatabases.onPostgres() ? "hashtext" : "ora_hash";
    boolean revised = columns.stream().anyMatch("REV_"::equalsIgnoreCase) && columns.stream().anyMatch("ID_"::equalsIgnoreCase);
    String digest;
    if (revised) {
      digest = "coalesce(sum(cast(REV_ as bigint)), 0) + coalesce(sum(cast(" + hash + "(ID_) as bigint)), 0)";
    } else {
      String row = "concat_ws('|', " + columns.stream().map(c -> "coalesce(cast(" + c + " as varchar), '~')")
          .collect(Collectors.joining(", ")) + ")";
      digest = "coalesce(sum(cast(" + hash + "(" + row + ") as bigint)), 0)";
    }
    return "select count(*), " + digest + " from " + table;
  }

  private static List<String> domainTables() {
    try {
      TreeSet<String> tables = new TreeSet<>();
      for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
        Matcher created = CREATE_TABLE.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
        while (created.find()) {
          tables.add(created.group(1).toLowerCase());
        }
      }
      if (tables.isEmpty()) {
        throw new IllegalStateException("No table found in db/migration");
      }
      return List.copyOf(tables);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
