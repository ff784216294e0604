package org.wso287g.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wso287g.testing.TestDatabases;

/**
 * One node of the application in a JVM of its own, started as an operator starts it
 * ({@code java ... WsoApplication}), so that a test can kill it the hard way: on the {@code postgres}
 * profile against a given database ({@link #ApplicationNode(String, String)}), or on the default
 * profile with its embedded H2 file database ({@link #embedded(String, Path)}). Its log is
 * {@code target/cluster-nodes/<name>.log}. The node is driven over HTTP, through /engine-rest as the
 * administrator or as any user ({@link #post}, {@link #get}).
 */
final class ApplicationNode implements AutoCloseable {

  // Meets the password policy (enablePasswordPolicy), as the postgres profile requires of WSO_ADMIN_PASSWORD.
  static final String ADMIN_PASSWORD = "Cluster-node-2026";
  /** The demo users' password, the administrator's too, on the default profile. */
  static final String DEMO_PASSWORD = "demo";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final int port;
  private final String adminPassword;
  /** The node's working directory; null: the test's own. */
  private final Path workingDirectory;
  private final Map<String, String> environment = new java.util.HashMap<>();
  private Process process;

  /** A node on the {@code postgres} profile against the database at {@code databaseUrl}. */
  ApplicationNode(String name, String databaseUrl) {
    this(name, null, ADMIN_PASSWORD);
    environment.put("SPRING_PROFILES_ACTIVE", "postgres");
    environment.put("WSO_DB_URL", databaseUrl);
    environment.put("WSO_DB_USERNAME", TestDatabases.username());
    environment.put("WSO_DB_PASSWORD", TestDatabases.password());
    environment.put("WSO_ADMIN_PASSWORD", ADMIN_PASSWORD);
  }

  private ApplicationNode(String name, Path workingDirectory, String adminPassword) {
    this.name = name;
    this.workingDirectory = workingDirectory;
    this.adminPassword = adminPassword;
    this.port = freePort();
  }

  /**
   * A node on the default profile, as {@code mvn spring-boot:run} starts it, with the demo users: its
   * database is the one application.yaml names, {@code ./target/h2/}, in {@code workingDirectory}.
   * The datasource URL is not given here, so the node runs with exactly the database settings of the
   * profile.
   */
  static ApplicationNode embedded(String name, Path workingDirectory) {
    return new ApplicationNode(name, workingDirectory, DEMO_PASSWORD);
  }

  /** An environment variable of the node (WSO_MAIL_HOST, for example), set before {@link #start()}. */
  ApplicationNode withEnvironment(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  /** Starts the JVM and returns at once; {@link #awaitReady()} waits for the engine. */
  ApplicationNode start() {
    // The application's classpath: the test classes stay out, so that the node is the product alone.
    // Absolute, for a node that runs in a working directory of its own.
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(Collectors.joining(File.pathSeparator));
    Path log = Path.of("target", "cluster-nodes", name + ".log").toAbsolutePath();
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // The start is most of a node test's time: the quick compiler alone starts the node sooner.
          "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "org.wso287g.WsoApplication",
          "--server.port=" + port,
          // Which node ran a job, in the job log (ACT_HI_JOB_LOG.HOSTNAME_).
          "--camunda.bpm.generic-properties.properties.hostname=" + name,
          // A killed node's jobs are taken over when their lock ends: short, so the test is short.
          "--camunda.bpm.job-execution.lock-time-in-millis=10000")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      if (workingDirectory != null) {
        builder.directory(workingDirectory.toFile());
      }
      Map<String, String> env = builder.environment();
      // The profile is the node's own: none inherited from the shell that runs the tests.
      env.remove("SPRING_PROFILES_ACTIVE");
      env.putAll(environment);
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start node " + name, e);
    }
    return this;
  }

  /** Waits until the node answers /engine-rest (its start-up, deployment and seeding are done). */
  ApplicationNode awaitReady() {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Node " + name + " stopped during start-up: see target/cluster-nodes/" + name + ".log");
      }
      try {
        if (send(request("/engine-rest/version").GET()).statusCode() == 200) {
          return this;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      pause(Duration.ofMillis(500));
    }
    throw new IllegalStateException("Node " + name + " was not ready within 4 minutes");
  }

  /**
   * SIGKILL: no shutdown hook, no clean stop of the job executor or the database, transactions cut
   * off; what the node had written to its files (the operating system's cache included) stays.
   */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ------------------------------------------------------------------ /engine-rest as the administrator

  /** Deploys a test model from the test classpath (duplicate filtering on: deploying twice is one version). */
  void deploy(String resource) {
    byte[] model;
    try (var in = getClass().getResourceAsStream("/" + resource)) {
      model = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("No test resource " + resource, e);
    }
    String boundary = "----wso287g" + System.nanoTime();
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncluster-probe\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"enable-duplicate-filtering\"\r\n\r\ntrue\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    var response = send(request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, model, tail))));
    expect(response, 200);
  }

  String startProbe(String businessKey) {
    var response = send(request("/engine-rest/process-definition/key/clusterProbe/start")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"businessKey\":\"" + businessKey + "\"}")));
    return json(expect(response, 200)).get("id").asText();
  }

  /** The open probe tasks, as this node sees them. */
  List<String> probeTaskIds() {
    var response = send(request("/engine-rest/task?processDefinitionKey=clusterProbe&taskDefinitionKey=userTask_check").GET());
    List<String> ids = new ArrayList<>();
    json(expect(response, 200)).forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  /** The HTTP status of reading the task on this node: 200 while open, 404 once completed anywhere. */
  int taskStatus(String taskId) {
    return send(request("/engine-rest/task/" + taskId).GET()).statusCode();
  }

  void complete(String taskId) {
    var response = send(request("/engine-rest/task/" + taskId + "/complete")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    expect(response, 204);
  }

  // ------------------------------------------------------------------ any user

  /**
   * POSTs a JSON body as {@code userId} and answers the response; an {@link IllegalStateException}
   * when the node gave no answer (not listening, or gone while the request was open).
   */
  HttpResponse<String> post(String userId, String password, String path, String json) {
    return send(request(path, userId, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> get(String userId, String password, String path) {
    return send(request(path, userId, password).GET());
  }

  private HttpRequest.Builder request(String path) {
    return request(path, "admin", adminPassword);
  }

  private HttpRequest.Builder request(String path, String userId, String password) {
    String credentials = Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credentials);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(name + " " + response.request().method() + " " + response.request().uri() + " answered "
          + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
