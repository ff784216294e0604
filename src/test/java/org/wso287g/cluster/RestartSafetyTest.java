package org.wso287g.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wso287g.testing.TestDatabases;

/**
 * A node killed with SIGKILL while process instances are in flight (jobs due, timers pending, tasks
 * open, jobs running), then started again: every instance goes on from its last wait state, and no
 * step is lost or done twice. PostgreSQL run only.
 */
@EnabledIfSystemProperty(named = TestDatabases.SYSTEM_PROPERTY, matches = "postgres")
class RestartSafetyTest {

  static final int INSTANCES = 30;

  @Test
  void killedMidFlightTheNodeGoesOnFromEachInstancesLastWaitStateAfterARestart() {
    String database = TestDatabases.freshPostgres("restart");
    ProbeHistory history = new ProbeHistory(database);
    try (ApplicationNode node = new ApplicationNode("restarted", database).start().awaitReady()) {
      node.deploy("cluster/clusterProbe.bpmn");
      for (int i = 0; i < INSTANCES; i++) {
        node.startProbe("probe-" + i);
      }
      // Some instances reach their user task; complete a few so their last jobs are due too.
      ProbeHistory.await("a few probes wait at their user task", Duration.ofMinutes(2), () -> history.waitingAtCheck() >= 5);
      List<String> open = node.probeTaskIds();
      open.subList(0, 3).forEach(node::complete);

      node.kill();
    }
    // What the database holds right after the kill: the last committed wait states.
    List<String> tasksAtKill = history.jdbc.queryForList(
        "select id_ from act_ru_task where task_def_key_ = 'userTask_check'", String.class);
    long endedAtKill = history.ended();
    assertThat(history.instances()).isEqualTo(INSTANCES);
    assertThat(endedAtKill).as("the kill came while instances were in flight").isLessThan(INSTANCES);

    try (ApplicationNode node = new ApplicationNode("restarted", database).start().awaitReady()) {
      // The tasks open at the kill are still there, the same ones: nothing was started again.
      assertThat(node.probeTaskIds()).containsAll(tasksAtKill);
      ProbeHistory.await("every probe ended", Duration.ofMinutes(3), () -> {
        node.probeTaskIds().forEach(node::complete);
        return history.ended() == INSTANCES;
      });
    }
    history.assertEachInstanceRanEachStepOnce(INSTANCES);
    System.out.println("After the kill: " + tasksAtKill.size() + " tasks open, " + endedAtKill + " of " + INSTANCES
        + " probes ended; successful jobs per node: " + history.jobsByNode());
  }
}
