package org.wso287g.journey;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sends the corpus over HTTP as a signed-in user and judges each answer: never a 5xx; a 4xx with a body
 * that says why (an RFC 7807 {@code detail} on /api, Camunda's {@code message} elsewhere) and tells
 * nothing of the internals (SQL, tables, classes, stack traces); and, after every refusal, the records
 * exactly as before. Keeps the figures per endpoint and every fault found, to print and assert at the end.
 */
final class CorpusProbe {

  /** What an error body must not show: SQL and its tables, the persistence and web layers, traces. */
  private static final List<String> LEAKS = List.of("SQL", "ACT_", "select ", "insert into", "delete from", "ibatis",
      "hibernate", "Hibernate", "jdbc", "JDBC", "Exception:", "\tat ", "### ", "Value too long", "violates",
      "constraint", "Constraint");
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:org|com|jakarta|javax|java|sun)\\.[a-z0-9]+\\.[A-Za-z]");

  /** One request of the corpus: which endpoint, which bad input, for which field (or null). */
  record Request(String endpoint, String entry, String field, String user, String method, String path,
      String contentType, byte[] body) {

    static Request json(String endpoint, String entry, String field, String user, String method, String path,
        String body) {
      return new Request(endpoint, entry, field, user, method, path, "application/json",
          body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }
  }

  record Answer(int status, String contentType, String body) {
    boolean accepted() {
      return status >= 200 && status < 300;
    }
  }

  private final String root;
  private final RecordsSnapshot records;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, int[]> figures = new TreeMap<>();
  private final List<String> faults = new ArrayList<>();
  private Map<String, String> known;
  private int sent;
  private long exchanging;
  private long comparing;
  private long driving;

  CorpusProbe(int port, RecordsSnapshot records) {
    this.root = "http://localhost:" + port;
    this.records = records;
  }

  /** Something was written on purpose (a step driven, a request accepted): the next snapshot is taken anew. */
  void stale() {
    known = null;
  }

  /** Time spent bringing the program to a form, for the figures. */
  void drove(long nanos) {
    driving += nanos;
  }

  /**
   * Sends the request and judges the answer. {@code recordedRefusal} names a status that is a refusal the
   * program records on purpose (a warrant refused by the partnership check is kept as REFUSED, 422).
   */
  Answer send(Request request, int recordedRefusal) {
    long started = System.nanoTime();
    Map<String, String> before = known != null ? known : records.take();
    long sending = System.nanoTime();
    Answer answer = exchange(request);
    exchanging += System.nanoTime() - sending;
    sent++;
    int[] counts = figures.computeIfAbsent(request.endpoint(), e -> new int[6]);
    counts[0]++;
    counts[Math.min(answer.status() / 100, 5)]++;

    String what = request.endpoint() + " [" + request.entry() + (request.field() == null ? "" : " in " + request.field())
        + "] as " + request.user() + " -> " + answer.status();
    if (answer.status() >= 500) {
      fault("5xx", what, answer);
    }
    if (answer.status() >= 400) {
      if (!saysWhy(request, answer)) {
        fault("no reason", what, answer);
      }
      String leak = leak(request, answer.body());
      if (leak != null) {
        fault("leaks '" + leak + "'", what, answer);
      }
    }
    if (answer.accepted() || answer.status() == recordedRefusal || answer.status() < 200) {
      known = null;
    } else {
      Map<String, String> after = records.take();
      List<String> changed = RecordsSnapshot.changed(before, after);
      if (!changed.isEmpty()) {
        faults.add("half-written: " + what + " changed " + changed);
        known = null;
      } else {
        known = after;
      }
    }
    comparing += System.nanoTime() - started;
    return answer;
  }

  Answer send(Request request) {
    return send(request, -1);
  }

  private void fault(String kind, String what, Answer answer) {
    String body = answer.body() == null ? "" : answer.body();
    faults.add(kind + ": " + what + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body));
  }

  /** A refusal says why: the problem's detail on /api, Camunda's message on the engine's REST APIs. */
  private static boolean saysWhy(Request request, Answer answer) {
    JsonNode body;
    try {
      body = BadValues.JSON.readTree(answer.body() == null ? "" : answer.body());
    } catch (IOException notJson) {
      return false;
    }
    if (body == null || !body.isObject()) {
      return false;
    }
    String reason = request.path().startsWith("/api") ? body.path("detail").asText("") : body.path("message").asText("");
    return !reason.isBlank();
  }

  /** The first sign of the internals in the body, after removing what the request itself sent. */
  static String leak(Request request, String body) {
    if (body == null) {
      return null;
    }
    String rest = body;
    for (String sentText : sentTexts(request)) {
      rest = rest.replace(sentText, "");
    }
    for (String leak : LEAKS) {
      if (rest.contains(leak)) {
        return leak;
      }
    }
    var className = CLASS_NAME.matcher(rest);
    return className.find() ? className.group() : null;
  }

  /** Every text value of a JSON request body (an echo of the input is not a leak). */
  private static List<String> sentTexts(Request request) {
    List<String> texts = new ArrayList<>();
    if (request.body() == null) {
      return texts;
    }
    try {
      collect(BadValues.JSON.readTree(request.body()), texts);
    } catch (IOException notJson) {
      // nothing to take out
    }
    texts.sort(Comparator.comparingInt(String::length).reversed());
    return texts;
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node == null) {
      return;
    }
    if (node.isTextual() && node.asText().length() >= 3) {
      texts.add(node.asText());
    }
    node.fieldNames().forEachRemaining(name -> {
      if (name.length() >= 3) {
        texts.add(name);
      }
    });
    node.forEach(child -> collect(child, texts));
  }

  Answer exchange(Request request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + request.path()))
        .timeout(Duration.ofMinutes(2))
        .header("Accept", "application/json, application/problem+json");
    if (request.user() != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((request.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    if (request.contentType() != null && request.body() != null) {
      builder.header("Content-Type", request.contentType());
    }
    builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.endpoint() + " " + request.entry(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  List<String> faults() {
    return faults;
  }

  int sent() {
    return sent;
  }

  int count(int statusClass) {
    return figures.values().stream().mapToInt(c -> c[statusClass]).sum();
  }

  /** The figures, for the test's output: requests per endpoint and by status class. */
  String figures(String title) {
    StringBuilder out = new StringBuilder("\n== ").append(title).append(": ").append(sent).append(" requests, ")
        .append(count(2)).append(" 2xx, ").append(count(4)).append(" 4xx, ").append(count(5)).append(" 5xx; ")
        .append(faults.size()).append(" faults (seconds: ").append(driving / 1_000_000_000).append(" driving the processes, ")
        .append(exchanging / 1_000_000_000).append(" in requests, ").append((comparing - exchanging) / 1_000_000_000)
        .append(" comparing records)\n");
    out.append(String.format("%-72s %6s %5s %5s %5s%n", "endpoint", "sent", "2xx", "4xx", "5xx"));
    figures.forEach((endpoint, c) -> out.append(String.format("%-72s %6d %5d %5d %5d%n", endpoint, c[0], c[2], c[4], c[5])));
    return out.toString();
  }
}
