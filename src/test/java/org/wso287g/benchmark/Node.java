package org.wso287g.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One application of the benchmark in a JVM of its own, as an operator starts it, driven over HTTP. */
final class Node implements AutoCloseable {

  enum Kind { PRODUCT, BARE }

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final Kind kind;
  final Database database;
  final String adminPassword;
  private final Path workingDirectory;
  private final Path log;
  private final String classpath;
  private final int port;
  private Process process;

  Node(Kind kind, Database database, Path workingDirectory, String classpath, int port) {
    this.kind = kind;
    this.database = database;
    this.workingDirectory = workingDirectory;
    this.classpath = classpath;
    this.port = port;
    this.log = workingDirectory.resolve(kind.name().toLowerCase() + ".log");
    // The demo profile's administrator on H2; the postgres profile requires one from the environment.
    this.adminPassword = kind == Kind.PRODUCT && database.kind().equals(Database.H2) ? "demo" : "Benchmark-Root-2026!";
  }

  /** Starts the JVM and waits until /engine-rest answers; returns the start-up time in milliseconds. */
  long start() {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", classpath));
    if (kind == Kind.PRODUCT) {
      command.addAll(List.of("org.wso287g.WsoApplication", "--server.port=" + port));
    } else {
      command.addAll(List.of("bareengine.BareEngineApplication", "--server.port=" + port,
          "--spring.config.location=classpath:/bare-engine.yaml", "--spring.datasource.url=" + database.url(),
          "--spring.datasource.username=" + database.username(), "--spring.datasource.password=" + database.password()));
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    if (kind == Kind.PRODUCT && database.kind().equals(Database.POSTGRES)) {
      builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
      builder.environment().put("WSO_DB_URL", database.url());
      builder.environment().put("WSO_DB_USERNAME", database.username());
      builder.environment().put("WSO_DB_PASSWORD", database.password());
      builder.environment().put("WSO_ADMIN_PASSWORD", adminPassword);
    }
    builder.environment().put("BENCHMARK_ADMIN_PASSWORD", adminPassword);
    long started = System.nanoTime();
    try {
      Files.createDirectories(workingDirectory);
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + kind, e);
    }
    long deadline = started + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(kind + " stopped during start-up: see " + log);
      }
      try {
        if (send("admin", adminPassword, request("/engine-rest/version").GET()).statusCode() == 200) {
          return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      pause(100);
    }
    throw new IllegalStateException(kind + " was not ready within 5 minutes: see " + log);
  }

  /** A clean stop (the H2 file is closed, so the task generator may open it). */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(5));
  }

  HttpResponse<String> send(String user, String password, HttpRequest.Builder request) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    try {
      return HTTP.send(request.header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The answer's body, or a failure naming the request and what came back. */
  String expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(kind + " " + response.request().method() + " " + response.request().uri() + " answered "
          + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
