package org.wso287g.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.wso287g.benchmark.Node.Kind;

/**
 * The product against a bare Camunda engine on the same database, as docs/performance.md reports it.
 * Run it with scripts/benchmark (which builds the classpath); it prints a table and writes it to
 * target/benchmark/. Figures, not assertions: this machine is shared and noisy.
 *
 * <ul>
 *   <li>P1: one user-task step over /engine-rest (complete a task), median of {@value #STEPS}.</li>
 *   <li>P2: start-up, from the JVM's launch to /engine-rest answering; on an empty database and at each size.</li>
 *   <li>P3: GET /api/statistics at 5,000 agreements, 50,000 officers and 1,000,000 services (the product only).</li>
 *   <li>P4: what the Tasklist asks for a Field Office Director (one of 25 offices): the task count, the
 *   first page of a filter's tasks in HAL (the Tasklist's format) and the filter list with counts.</li>
 * </ul>
 * The product holds {@value #AGENCIES} agencies that sent their letters of interest (their groups and
 * grants, and a review task each, through /api); the rest of the open tasks, in both applications, are
 * tasks of one benchmark model offered to headquarters and one Field Office.
 */
public final class Benchmark {

  static final int AGENCIES = 1_000;
  static final int STEPS = 20;
  static final String DIRECTOR = "bench.director";
  static final String HEADQUARTERS = "bench.hq";
  static final String PASSWORD = "Benchmark-User-2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String productClasspath;
  private final String bareClasspath;
  private final boolean statistics;
  private final List<Row> rows = new ArrayList<>();

  /** One figure: what, at which size, in each application. */
  record Row(String database, String figure, String size, Long product, Long bare) {}

  private Benchmark(String productClasspath, String bareClasspath, boolean statistics) {
    this.productClasspath = productClasspath;
    this.bareClasspath = bareClasspath;
    this.statistics = statistics;
  }

  /** Arguments: --databases=h2,postgres --tasks=1000,10000,100000 --statistics=true (these are the defaults). */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of("databases", "h2,postgres", "tasks", "1000,10000,100000",
        "statistics", "true"));
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      if (pair.length != 2 || !options.containsKey(pair[0])) {
        throw new IllegalArgumentException("Unknown argument " + arg
            + "; expected --databases=h2,postgres --tasks=1000,10000,100000 --statistics=true");
      }
      options.put(pair[0], pair[1]);
    }
    String dependencies = Files.readString(Path.of("target", "benchmark", "classpath.txt")).trim();
    var benchmark = new Benchmark(Path.of("target", "classes").toAbsolutePath() + ":" + dependencies,
        Path.of("target", "test-classes").toAbsolutePath() + ":" + dependencies, Boolean.parseBoolean(options.get("statistics")));
    List<Long> sizes = Arrays.stream(options.get("tasks").split(",")).map(Long::parseLong).sorted().toList();
    for (String database : options.get("databases").split(",")) {
      benchmark.run(database.trim(), sizes);
    }
    benchmark.report();
  }

  private void run(String databaseKind, List<Long> sizes) throws Exception {
    Path root = Path.of("target", "benchmark", databaseKind).toAbsolutePath();
    deleteRecursively(root);
    Path productDirectory = root.resolve("product");
    Path bareDirectory = root.resolve("bare");
    Database productDatabase = databaseKind.equals(Database.H2) ? Database.h2(productDirectory, "target/h2/wso287g")
        : Database.freshPostgres("wso_benchmark_product");
    Database bareDatabase = databaseKind.equals(Database.H2) ? Database.h2(bareDirectory, "bare")
        : Database.freshPostgres("wso_benchmark_bare");

    // The product: its own start-up makes the schema, the field offices' groups and the filters.
    Map<String, Long> product = new LinkedHashMap<>();
    Map<String, Long> bare = new LinkedHashMap<>();
    List<JsonNode> directorFilters;
    List<FieldOffice> offices;
    try (Node node = new Node(Kind.PRODUCT, productDatabase, productDirectory, productClasspath, 8181)) {
      product.put("P2 start-up, empty database|", node.start());
      node.stop();
      offices = FieldOffice.all(productDatabase);
      try (var generator = new TaskGenerator(productDatabase, "TASK_WORK")) {
        generator.ensureUser(DIRECTOR, PASSWORD, List.of("fo-nol-director"));
        generator.ensureUser(HEADQUARTERS, PASSWORD, List.of("hq-287g"));
      }
      node.start();
      sendLetters(node, offices);
      directorFilters = filtersOf(node, DIRECTOR);
      node.stop();
      for (long size : sizes) {
        measure(node, size, Math.max(0, size - AGENCIES), offices, product);
      }
      if (statistics) {
        measureStatistics(node, product);
      }
    }
    // The bare engine: the same users, the director's filters, the same open tasks.
    try (Node node = new Node(Kind.BARE, bareDatabase, bareDirectory, bareClasspath, 8182)) {
      bare.put("P2 start-up, empty database|", node.start());
      copyFilters(node, directorFilters);
      node.stop();
      try (var generator = new TaskGenerator(bareDatabase, "UPDATE")) {
        generator.ensureUser(DIRECTOR, PASSWORD, List.of("fo-nol-director"));
        generator.ensureUser(HEADQUARTERS, PASSWORD, List.of("hq-287g"));
        generator.ensureGroups(offices.stream().map(FieldOffice::directors).toList());
      }
      for (long size : sizes) {
        measure(node, size, size, offices, bare);
      }
    }
    product.forEach((key, value) -> {
      String[] parts = key.split("\\|", -1);
      rows.add(new Row(databaseKind, parts[0], parts[1], value, bare.get(key)));
    });
  }

  /** Tops the benchmark tasks up, starts the application, and takes P2, P1 and P4 at this size. */
  private void measure(Node node, long size, long benchmarkTasks, List<FieldOffice> offices, Map<String, Long> figures) {
    String at = String.format(Locale.ROOT, "%,d", size);
    System.out.printf("%n== %s on %s at %s open tasks%n", node.kind, node.database.kind(), at);
    try (var generator = new TaskGenerator(node.database, node.kind == Kind.PRODUCT ? "TASK_WORK" : "UPDATE")) {
      long started = System.nanoTime();
      // STEPS more than the size: P1 completes them.
      generator.fillTo(benchmarkTasks + STEPS, offices.stream().map(FieldOffice::directors).toList());
      System.out.printf("   generated up to %,d benchmark tasks in %d s%n", benchmarkTasks + STEPS,
          TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }
    figures.put("P2 start-up|" + at, node.start());
    String myGroups = filterId(node, "My groups' tasks");
    figures.put("P4 task count|" + at, median(() -> node.expect(200, node.send(DIRECTOR, PASSWORD,
        node.request("/engine-rest/task/count").GET()))));
    figures.put("P4 task list, first page in HAL|" + at, median(() -> node.expect(200, node.send(DIRECTOR, PASSWORD,
        node.request("/engine-rest/filter/" + myGroups + "/list?firstResult=0&maxResults=15")
            .header("Accept", "application/hal+json").header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"))))));
    figures.put("P4 filter list with counts|" + at, median(() -> node.expect(200, node.send(DIRECTOR, PASSWORD,
        node.request("/engine-rest/filter?resourceType=Task&itemCount=true").GET()))));
    figures.put("P1 task step (complete)|" + at, completeSteps(node));
    node.stop();
  }

  /**
   * P3: the program's statistics over HTTP, as headquarters, once {@link StatisticsData} wrote 5,000
   * agreements, 50,000 officers and 1,000,000 warrant services into the stopped product's tables.
   */
  private static void measureStatistics(Node node, Map<String, Long> figures) throws SQLException {
    System.out.printf("%n== %s on %s: statistics%n", node.kind, node.database.kind());
    try (var connection = node.database.connect()) {
      StatisticsData.fill(connection, 5_000, 50_000, 1_000_000);
    }
    node.start();
    String size = "5,000 / 50,000 / 1,000,000";
    for (String query : List.of("?asOf=" + StatisticsData.LAST_DAY, "?model=WSO&asOf=" + StatisticsData.LAST_DAY,
        "?fiscalYear=" + StatisticsData.LAST_DAY.getYear())) {
      figures.put("P3 GET /api/statistics" + query + "|" + size, median(() -> node.expect(200, node.send(HEADQUARTERS, PASSWORD,
          node.request("/api/statistics" + query).GET()))));
    }
    node.stop();
  }

  /** P1: headquarters completes STEPS benchmark tasks, one request each; the median. */
  private static long completeSteps(Node node) {
    JsonNode tasks = read(node.expect(200, node.send(HEADQUARTERS, PASSWORD,
        node.request("/engine-rest/task?processDefinitionKey=" + TaskGenerator.PROCESS + "&maxResults=" + STEPS).GET())));
    List<Long> times = new ArrayList<>();
    for (JsonNode task : tasks) {
      long started = System.nanoTime();
      node.expect(204, node.send(HEADQUARTERS, PASSWORD, node.request("/engine-rest/task/" + task.get("id").asText() + "/complete")
          .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}"))));
      times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
    return median(times);
  }

  /** One call to warm up, then five (or as many as 30 s allow, at least one): the median in milliseconds. */
  private static long median(Supplier<String> call) {
    call.get();
    List<Long> times = new ArrayList<>();
    long budget = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (times.size() < 5 && (times.isEmpty() || System.nanoTime() < budget)) {
      long started = System.nanoTime();
      call.get();
      times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
    return median(times);
  }

  private static long median(List<Long> times) {
    List<Long> sorted = times.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** A letter of interest from each of AGENCIES agencies, spread over the field offices, through /api. */
  private static void sendLetters(Node node, List<FieldOffice> offices) throws Exception {
    long started = System.nanoTime();
    String letterDate = LocalDate.now().minusDays(1).toString();
    ExecutorService senders = Executors.newFixedThreadPool(4);
    List<Future<String>> sent = new ArrayList<>();
    for (int i = 0; i < AGENCIES; i++) {
      FieldOffice office = offices.get(i % offices.size());
      String state = office.firstState();
      ObjectNode letter = JSON.createObjectNode()
          .put("agencyName", String.format(Locale.ROOT, "Benchmark County %04d Sheriff's Office", i))
          .put("agencyOri", String.format(Locale.ROOT, "%s%07d", state, i))
          .put("agencyState", state)
          .put("agencyCounty", String.format(Locale.ROOT, "Benchmark County %04d", i))
          .put("jailFacilityName", String.format(Locale.ROOT, "Benchmark County %04d Jail", i))
          .put("fieldOfficeCode", office.code())
          .put("requestedOfficerCount", 4)
          .put("letterDate", letterDate)
          .put("contactName", "Chief Deputy")
          .put("contactEmail", String.format(Locale.ROOT, "chief%04d@benchmark.invalid", i));
      sent.add(senders.submit(() -> node.expect(201, node.send(HEADQUARTERS, PASSWORD, node.request("/api/applications")
          .header("Content-Type", "application/json").POST(BodyPublishers.ofString(letter.toString()))))));
    }
    for (Future<String> letter : sent) {
      letter.get();
    }
    senders.shutdown();
    System.out.printf("   %d letters of interest registered in %d s%n", AGENCIES,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  /** The Tasklist filters a user may read, with their queries (read as the administrator). */
  private static List<JsonNode> filtersOf(Node node, String user) {
    List<String> visible = new ArrayList<>();
    read(node.expect(200, node.send(user, PASSWORD, node.request("/engine-rest/filter?resourceType=Task").GET())))
        .forEach(filter -> visible.add(filter.get("id").asText()));
    List<JsonNode> filters = new ArrayList<>();
    read(node.expect(200, node.send("admin", node.adminPassword, node.request("/engine-rest/filter?resourceType=Task").GET())))
        .forEach(filter -> {
          if (visible.contains(filter.get("id").asText())) {
            filters.add(filter);
          }
        });
    return filters;
  }

  /** The same filters in the bare engine, readable by everyone. */
  private static void copyFilters(Node node, List<JsonNode> filters) {
    for (JsonNode filter : filters) {
      ObjectNode copy = ((ObjectNode) filter.deepCopy());
      copy.remove("id");
      copy.remove("owner");
      node.expect(200, node.send("admin", node.adminPassword, node.request("/engine-rest/filter/create")
          .header("Content-Type", "application/json").POST(BodyPublishers.ofString(copy.toString()))));
    }
    node.expect(200, node.send("admin", node.adminPassword, node.request("/engine-rest/authorization/create")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(
            "{\"type\":0,\"permissions\":[\"READ\"],\"userId\":\"*\",\"resourceType\":5,\"resourceId\":\"*\"}"))));
  }

  private static String filterId(Node node, String name) {
    for (JsonNode filter : read(node.expect(200, node.send(DIRECTOR, PASSWORD,
        node.request("/engine-rest/filter?resourceType=Task").GET())))) {
      if (filter.get("name").asText().equals(name)) {
        return filter.get("id").asText();
      }
    }
    throw new IllegalStateException(node.kind + " has no filter " + name + " for " + DIRECTOR);
  }

  private void report() throws IOException {
    StringBuilder table = new StringBuilder("| database | figure | open tasks | product ms | bare engine ms | product / bare |\n"
        + "|---|---|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      String ratio = row.product() == null || row.bare() == null ? "" : String.format(Locale.ROOT, "%.2f",
          (double) row.product() / Math.max(1, row.bare()));
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", row.database(), row.figure(), row.size(),
          row.product() == null ? "" : row.product(), row.bare() == null ? "" : row.bare(), ratio));
    }
    Path file = Path.of("target", "benchmark", "results-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, table);
    System.out.println();
    System.out.print(table);
    System.out.println("\n(written to " + file + ")");
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** A field office as the product's table has it: its code and the states it serves. */
  record FieldOffice(String code, String states) {

    static List<FieldOffice> all(Database database) throws SQLException {
      List<FieldOffice> offices = new ArrayList<>();
      try (var connection = database.connect(); var statement = connection.createStatement();
          var result = statement.executeQuery("select code, states from field_office order by code")) {
        while (result.next()) {
          offices.add(new FieldOffice(result.getString(1), result.getString(2)));
        }
      }
      return offices;
    }

    String directors() {
      return "fo-" + code.toLowerCase(Locale.ROOT) + "-director";
    }

    String firstState() {
      return states.split(",")[0].trim();
    }
  }
}
