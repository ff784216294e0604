package org.wso287g.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import org.wso287g.WsoApplication;

/**
 * Not a test: what writing each commit to the file ({@code WRITE_DELAY=0}, the default profile's
 * datasource URL) costs against H2's default (commits written up to 500 ms later, lost on a crash).
 * Each round starts the application on the default profile with a new file database in a temporary
 * directory, with the URL of application.yaml or the same without {@code WRITE_DELAY} and
 * {@code MAX_COMPACT_TIME} (as before), and prints: how long the start took (schema, models, demo
 * data); letters of interest per second through {@code POST /api/applications} with several writers
 * (each a process instance, its application and agency rows, its task and history: one transaction);
 * single inserts with a commit each through JDBC; the database file's size, running and after the
 * stop (H2 compacts the file when it closes). Run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.wso287g.cluster.EmbeddedWriteBenchmark -Dexec.classpathScope=test}
 * ({@code -Dexec.args="letters writers"}, default 300 and 4). Figures to read, never assertions.
 */
public final class EmbeddedWriteBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int COMMITS = 2_000;

  private EmbeddedWriteBenchmark() {}

  public static void main(String[] args) throws Exception {
    int letters = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int writers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    String configured = configuredUrl();
    // As before: H2's own write delay and compaction time.
    String delayed = configured.replaceAll("(WRITE_DELAY|MAX_COMPACT_TIME)=\\d+;", "");
    if (!configured.contains("WRITE_DELAY=0;")) {
      throw new IllegalStateException("application.yaml's URL has no WRITE_DELAY=0: " + configured);
    }
    System.out.printf("%d letters by %d writers, %,d single-row commits per round%n", letters, writers, COMMITS);
    // A first round warms the JVM up; then the two settings take turns.
    round("warm-up", configured, letters, writers);
    for (int i = 1; i <= 2; i++) {
      round("H2 default (delayed)", delayed, letters, writers);
      round("application.yaml", configured, letters, writers);
    }
  }

  private static void round(String label, String url, int letters, int writers) throws Exception {
    Path directory = Files.createTempDirectory("wso-write-benchmark");
    String relocated = url.replace("./target/h2/", directory.toAbsolutePath() + "/");
    try {
      String running;
      long starting = System.nanoTime();
      try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WsoApplication.class)
          .run("--spring.datasource.url=" + relocated, "--server.port=0", "--logging.level.root=WARN",
              "--spring.main.banner-mode=off")) {
        // A new database: the start creates the schema, deploys the models and seeds the demo data.
        double startSeconds = (System.nanoTime() - starting) / 1e9;
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        double lettersPerSecond = letters(port, letters, writers);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.execute("create table benchmark_commit (id int primary key, payload varchar(200))");
        long start = System.nanoTime();
        for (int i = 0; i < COMMITS; i++) {
          // JdbcTemplate outside a transaction: each insert commits on its own (auto-commit).
          jdbc.update("insert into benchmark_commit values (?, ?)", i, "row " + i);
        }
        double commitsPerSecond = COMMITS / ((System.nanoTime() - start) / 1e9);
        running = String.format("%-20s start %5.1f s  %5.1f letters/s  %6.0f commits/s  file %6.1f MB", label,
            startSeconds, lettersPerSecond, commitsPerSecond, size(directory) / 1e6);
      }
      // The context is closed: its pool closed the last connection, so H2 closed (and compacted) the file.
      System.out.printf("%s, %6.1f MB after the stop%n", running, size(directory) / 1e6);
    } finally {
      FileSystemUtils.deleteRecursively(directory);
    }
  }

  private static double letters(int port, int letters, int writers) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      running.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < letters; i = next.getAndIncrement()) {
          post(port, String.format("LA2%06d", i));
        }
        return null;
      }));
    }
    for (Future<?> writer : running) {
      writer.get();
    }
    pool.shutdown();
    return letters / ((System.nanoTime() - start) / 1e9);
  }

  private static void post(int port, String ori) throws IOException, InterruptedException {
    String letter = JSON.writeValueAsString(Map.of("agencyName", "Benchmark Sheriff's Office " + ori, "agencyOri", ori,
        "agencyState", "LA", "agencyCounty", "Benchmark Parish", "jailFacilityName", "Benchmark Jail",
        "fieldOfficeCode", "NOL", "requestedOfficerCount", 2,
        "letterDate", LocalDate.now(ZoneId.of("America/Chicago")).toString(), "contactName", "Chief Deputy",
        "contactEmail", "chief@benchmark-parish.invalid"));
    String credentials = Base64.getEncoder().encodeToString("hq.analyst:demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
        .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(letter)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException(ori + ": " + response.statusCode() + " " + response.body());
    }
  }

  private static String configuredUrl() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    // The first document, the default settings: not the profiles' documents after it.
    yaml.setDocumentMatchers(properties -> properties.containsKey("spring.config.activate.on-profile")
        ? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
    return yaml.getObject().getProperty("spring.datasource.url");
  }

  private static long size(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
  }
}
