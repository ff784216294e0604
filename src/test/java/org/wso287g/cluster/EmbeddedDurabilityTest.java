package org.wso287g.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.wso287g.testing.TestDatabases;

/**
 * The default profile, as {@code mvn spring-boot:run} starts it, killed with SIGKILL while several
 * writers write over HTTP, then started again on the same files: every write it had answered with 2xx
 * is there. An answer is a promise that the write is kept; the embedded H2 must not keep a commit only
 * in memory. With H2's default write delay (500 ms) answered writes were missing after the restart.
 *
 * <p>Two kinds of writes: letters of interest ({@code POST /api/applications}, 201: the application
 * and agency rows, a process instance waiting at the review, its history; a long transaction) and
 * users ({@code POST /engine-rest/user/create}, 204: one short engine transaction, many a second).
 * The short ones make the test sure to see a late write: with H2's default, letters alone lost from 0
 * to 13 answered writes a kill (H2 also writes its file early when many changes wait, and a letter
 * has many), while the last half second before a kill always holds several users.
 *
 * <p>The node runs in a directory of its own, with the datasource URL of application.yaml unchanged.
 * Not in the PostgreSQL run: the default profile is H2 whatever database the suite runs on.
 */
@DisabledIfSystemProperty(named = TestDatabases.SYSTEM_PROPERTY, matches = "postgres")
class EmbeddedDurabilityTest {

  static final int WRITERS = 6;
  /** Letters answered before the kill: enough that the kill comes in a steady stream of writes. */
  static final int LETTERS_BEFORE_KILL = 20;
  /** Users who may send a letter for any agency of the New Orleans field office. */
  static final List<String> LETTER_WRITERS = List.of("hq.analyst", "nol.director");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;

  @Test
  void everyWriteAnsweredBeforeAKillIsThereAfterTheRestart() throws Exception {
    Queue<Answered> answered = new ConcurrentLinkedQueue<>();
    BlockingQueue<Answered> justAnswered = new LinkedBlockingQueue<>();
    Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger openAtKill = new AtomicInteger();
    long killedAt;

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try (ApplicationNode node = ApplicationNode.embedded("durability", directory).start().awaitReady()) {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        Kind kind = w % 2 == 0 ? Kind.LETTER : Kind.USER;
        int writer = w;
        writers.add(pool.submit(() -> {
          // One write after the other, until the node stops answering.
          for (int sequence = 0; !killed.get(); sequence++) {
            HttpResponse<String> response;
            try {
              response = kind.send(node, writer, sequence);
            } catch (IllegalStateException noAnswer) {
              if (killed.get()) {
                openAtKill.incrementAndGet();
              } else {
                unexpected.add(kind + " " + writer + "/" + sequence + ": no answer before the kill: " + noAnswer.getMessage());
              }
              return;
            }
            if (response.statusCode() != kind.answer) {
              unexpected.add(kind + " " + writer + "/" + sequence + ": " + response.statusCode() + " " + response.body());
              return;
            }
            Answered write = new Answered(kind, kind.id(writer, sequence, response), System.nanoTime());
            answered.add(write);
            justAnswered.add(write);
          }
        }));
      }
      ProbeHistory.await(LETTERS_BEFORE_KILL + " letters answered", Duration.ofMinutes(2),
          () -> answered.stream().filter(a -> a.kind() == Kind.LETTER).count() >= LETTERS_BEFORE_KILL
              || !unexpected.isEmpty());
      // The kill comes right after an answer, while the other writers wait for theirs: the write just
      // answered was committed a moment ago, the hardest case for a database that writes commits late.
      if (unexpected.isEmpty()) {
        justAnswered.clear();
        justAnswered.poll(1, TimeUnit.MINUTES);
      }
      killed.set(true);
      killedAt = System.nanoTime();
      node.kill();
      for (Future<?> writer : writers) {
        writer.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(unexpected).as("answers other than the expected 2xx before the kill").isEmpty();
    assertThat(openAtKill.get()).as("writes sent and not answered when the node was killed").isPositive();

    List<Answered> lost = new ArrayList<>();
    try (ApplicationNode node = ApplicationNode.embedded("durability", directory).start().awaitReady()) {
      for (Answered write : answered) {
        if (!write.kind().isThere(node, write.id())) {
          lost.add(write);
        }
      }
    }
    System.out.printf("Kill under load: %d letters and %d users answered (%d writes in the last 500 ms), %d writes open "
            + "at the kill; lost after the restart: %d letters, %d users%n",
        answered.stream().filter(a -> a.kind() == Kind.LETTER).count(),
        answered.stream().filter(a -> a.kind() == Kind.USER).count(),
        answered.stream().filter(a -> killedAt - a.at() < TimeUnit.MILLISECONDS.toNanos(500)).count(), openAtKill.get(),
        lost.stream().filter(a -> a.kind() == Kind.LETTER).count(), lost.stream().filter(a -> a.kind() == Kind.USER).count());
    assertThat(lost).as("writes answered and missing after the restart, of " + answered.size()).isEmpty();
  }

  /** A kind of write: how it is sent, what answers it, and how the restarted node shows it. */
  enum Kind {
    LETTER(201) {
      @Override
      HttpResponse<String> send(ApplicationNode node, int writer, int sequence) {
        // LA1wnnnnn: an ORI of the writer's own, none the demo data has.
        String ori = String.format("LA1%d%05d", writer, sequence);
        return node.post(LETTER_WRITERS.get(writer / 2 % LETTER_WRITERS.size()), ApplicationNode.DEMO_PASSWORD,
            "/api/applications", json(Map.of(
                "agencyName", "Durability Parish Sheriff's Office " + ori,
                "agencyOri", ori,
                "agencyState", "LA",
                "agencyCounty", "Durability Parish",
                "jailFacilityName", "Durability Parish Correctional Center",
                "fieldOfficeCode", "NOL",
                "requestedOfficerCount", 2,
                "letterDate", LocalDate.now(ZoneId.of("America/Chicago")).toString(),
                "contactName", "Chief Deputy",
                "contactEmail", "chief@durability-parish.invalid")));
      }

      @Override
      String id(int writer, int sequence, HttpResponse<String> response) {
        return ApplicationNode.json(response.body()).get("applicationNumber").asText();
      }

      /** The application row (GET /api/applications) and its process instance, whose open task is the review. */
      @Override
      boolean isThere(ApplicationNode node, String number) {
        HttpResponse<String> response = node.get("hq.analyst", ApplicationNode.DEMO_PASSWORD, "/api/applications/" + number);
        if (response.statusCode() == 404) {
          return false;
        }
        assertThat(response.statusCode()).as(number).isEqualTo(200);
        List<String> openSteps = new ArrayList<>();
        ApplicationNode.json(response.body()).get("openTasks").forEach(task -> openSteps.add(task.get("step").asText()));
        return openSteps.contains("userTask_reviewRequest");
      }
    },

    USER(204) {
      @Override
      HttpResponse<String> send(ApplicationNode node, int writer, int sequence) {
        String id = id(writer, sequence, null);
        return node.post("admin", ApplicationNode.DEMO_PASSWORD, "/engine-rest/user/create", json(Map.of(
            "profile", Map.of("id", id, "firstName", "Durability", "lastName", "Probe " + id, "email", id + "@durability.invalid"),
            "credentials", Map.of("password", "Durable-user-2026"))));
      }

      @Override
      String id(int writer, int sequence, HttpResponse<String> response) {
        return "durability-" + writer + "-" + sequence;
      }

      @Override
      boolean isThere(ApplicationNode node, String id) {
        int status = node.get("admin", ApplicationNode.DEMO_PASSWORD, "/engine-rest/user/" + id + "/profile").statusCode();
        assertThat(status).as(id).isIn(200, 404);
        return status == 200;
      }
    };

    final int answer;

    Kind(int answer) {
      this.answer = answer;
    }

    abstract HttpResponse<String> send(ApplicationNode node, int writer, int sequence);

    abstract String id(int writer, int sequence, HttpResponse<String> response);

    abstract boolean isThere(ApplicationNode node, String id);
  }

  private static String json(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A write answered with 2xx, and when (System.nanoTime) the answer arrived. */
  record Answered(Kind kind, String id, long at) {}
}
