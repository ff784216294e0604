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
 * One node of the application in a JVM of its own, on the {@code postgres} profile, as an operator
 * starts it ({@code java ... WsoApplication}), so that a test can kill it the hard way. Its log is
 * {@code target/cluster-nodes/<name>.log}. The node is driven through /engine-rest as the
 * administrator.
 */
final class ApplicationNode implements AutoCloseable {

  // Meets the password policy (enablePasswordPolicy), as the postgres profile requires of WSO_ADMIN_PASSWORD.
  static final String ADMIN_PASSWORD = "Cluster-node-2026";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final int port;
  private final String databaseUrl;
  private final Map<String, String> environment = new java.util.HashMap<>();
  private Process process;

  ApplicationNode(String name, String databaseUrl) {
    this.name = name;
    this.databaseUrl = databaseUrl;
    this.port = freePort();
  }

  /** An environment variable of the node (WSO_MAIL_HOST, for example), set before {@link #start()}. */
  ApplicationNode withEnvironment(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  /** Starts the JVM and returns at once; {@link #awaitReady()} waits for the engine. */
  ApplicationNode start() {
    // The application's classpath: the test classes stay out, so that the node is the product alone.
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    Path log = Path.of("target", "cluster-nodes", name + ".log");
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-cp", classpath, "org.wso287g.WsoApplication",
          "--server.port=" + port,
          // Which node ran a job, in the job log (ACT_HI_JOB_LOG.HOSTNAME_).
          "--camunda.bpm.generic-properties.properties.hostname=" + name,
          // A killed node's jobs are taken over when their lock ends: short, so the test is short.
          "--camunda.bpm.job-execution.lock-time-in-millis=10000")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Map<String, String> env = builder.environment();
      env.put("SPRING_PROFILES_ACTIVE", "postgres");
      env.put("WSO_DB_URL", databaseUrl);
      env.put("WSO_DB_USERNAME", TestDatabases.username());
      env.put("WSO_DB_PASSWORD", TestDatabases.password());
      env.put("WSO_ADMIN_PASSWORD", ADMIN_PASSWORD);
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

  /** SIGKILL: no shutdown hook, no clean stop of the job executor, transactions cut off. */
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

  private HttpRequest.Builder request(String path) {
    String credentials = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
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

  private static JsonNode json(String body) {
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
