package org.wso287g.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wso287g.testing.TestDatabases;

/**
 * Two nodes of the application, each in its own JVM with its own job executor, on one PostgreSQL
 * database (Camunda's homogeneous cluster). PostgreSQL run only.
 */
@EnabledIfSystemProperty(named = TestDatabases.SYSTEM_PROPERTY, matches = "postgres")
class ClusterTest {

  static final int INSTANCES = 40;

  @Test
  void twoNodesStartTogetherOnAnEmptyDatabaseAndShareTheWorkWithEveryJobRunOnce() {
    String database = TestDatabases.freshPostgres("cluster");
    ProbeHistory history = new ProbeHistory(database);
    try (ApplicationNode one = new ApplicationNode("node1", database);
        ApplicationNode two = new ApplicationNode("node2", database)) {
      // Both at the same moment, on an empty database.
      one.start();
      two.start();
      one.awaitReady();
      two.awaitReady();

      // Start-up seeding and deployment did not collide: everything exists once.
      assertThat(history.count("select count(*) from act_re_deployment where name_ = 'wso-287g'")).isEqualTo(1);
      assertThat(history.count("select count(*) from act_re_procdef")).as("one definition per model in processes/")
          .isEqualTo(modelsInProcessesFolder());
      assertThat(history.count("select max(version_) from act_re_procdef")).isEqualTo(1);
      assertThat(history.count("select count(*) from act_id_user where id_ = 'admin'")).isEqualTo(1);
      assertThat(history.count("select count(*) from act_id_group where id_ = 'hq-287g'")).isEqualTo(1);
      assertThat(history.count("select count(*) from act_id_user")).as("no demo users on the postgres profile").isEqualTo(1);
      assertThat(history.count("select count(*) from flyway_schema_history where not success")).isZero();
      assertThat(history.count("select count(*) from (select version from flyway_schema_history where version is not null "
          + "group by version having count(*) > 1) twice")).isZero();

      // Work arrives on both nodes: timers and asynchronous steps fall due on both.
      one.deploy("cluster/clusterProbe.bpmn");
      two.deploy("cluster/clusterProbe.bpmn");
      assertThat(history.count("select count(*) from act_re_procdef where key_ = 'clusterProbe'"))
          .as("the same model deployed from both nodes is one version").isEqualTo(1);
      for (int i = 0; i < INSTANCES; i++) {
        (i % 2 == 0 ? one : two).startProbe("probe-" + i);
      }
      ProbeHistory.await("every probe waits at its user task", Duration.ofMinutes(3),
          () -> history.waitingAtCheck() == INSTANCES);

      // Each node sees every task, whichever node's job created it; a task completed on one is gone on the other.
      List<String> seenByOne = one.probeTaskIds();
      assertThat(two.probeTaskIds()).containsExactlyInAnyOrderElementsOf(seenByOne).hasSize(INSTANCES);
      List<String> tasks = new ArrayList<>(seenByOne);
      String first = tasks.get(0);
      assertThat(two.taskStatus(first)).isEqualTo(200);
      one.complete(first);
      assertThat(two.taskStatus(first)).isEqualTo(404);
      for (int i = 1; i < tasks.size(); i++) {
        (i % 2 == 0 ? one : two).complete(tasks.get(i));
      }
      ProbeHistory.await("every probe ended", Duration.ofMinutes(3), () -> history.ended() == INSTANCES);

      history.assertEachInstanceRanEachStepOnce(INSTANCES);
      System.out.println("Successful probe jobs per node: " + history.jobsByNode());
      assertThat(history.jobsByNode()).as("both job executors took jobs").hasSize(2);
    }
  }

  private static long modelsInProcessesFolder() {
    try (var files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
