package org.wso287g.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wso287g.testing.TestDatabases;

/**
 * What the engine recorded of the probe instances, read straight from the shared database: the
 * evidence that every job ran once, no instance was lost and none was started twice.
 */
final class ProbeHistory {

  /** The activities each probe instance passes, once each. */
  static final List<String> ACTIVITIES = List.of("startEvent_probe", "serviceTask_first", "timerEvent_pause",
      "serviceTask_second", "userTask_check", "serviceTask_third", "endEvent_probe");

  final JdbcTemplate jdbc;

  ProbeHistory(String databaseUrl) {
    this.jdbc = new JdbcTemplate(new DriverManagerDataSource(databaseUrl, TestDatabases.username(), TestDatabases.password()));
  }

  long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  long instances() {
    return count("select count(*) from act_hi_procinst where proc_def_key_ = 'clusterProbe'");
  }

  long ended() {
    return count("select count(*) from act_hi_procinst where proc_def_key_ = 'clusterProbe' and end_time_ is not null");
  }

  long waitingAtCheck() {
    return count("select count(*) from act_ru_task where task_def_key_ = 'userTask_check'");
  }

  /** The successful job executions per node (the engine's hostname, set per node). */
  List<Map<String, Object>> jobsByNode() {
    return jdbc.queryForList("select hostname_ as node, count(*) as jobs from act_hi_job_log "
        + "where process_def_key_ = 'clusterProbe' and job_state_ = 2 group by hostname_ order by hostname_");
  }

  /**
   * Every probe instance that was started exists once and ended, passed each activity exactly once;
   * every job it created succeeded exactly once; nothing is left running, failed or in an incident.
   */
  void assertEachInstanceRanEachStepOnce(int started) {
    assertThat(instances()).as("probe instances in history").isEqualTo(started);
    assertThat(ended()).as("probe instances ended").isEqualTo(started);
    assertThat(count("select count(distinct business_key_) from act_hi_procinst where proc_def_key_ = 'clusterProbe'"))
        .as("distinct business keys").isEqualTo(started);
    assertThat(jdbc.queryForList("select proc_inst_id_, act_id_, count(*) as n from act_hi_actinst "
        + "where proc_def_key_ = 'clusterProbe' group by proc_inst_id_, act_id_ having count(*) <> 1"))
        .as("activities passed more than once").isEmpty();
    assertThat(count("select count(*) from act_hi_actinst where proc_def_key_ = 'clusterProbe' and end_time_ is not null"))
        .as("activities ended").isEqualTo((long) started * ACTIVITIES.size());
    // Three asynchronous continuations and one timer per instance.
    long created = count("select count(distinct job_id_) from act_hi_job_log where process_def_key_ = 'clusterProbe' and job_state_ = 0");
    assertThat(created).as("jobs created").isEqualTo(4L * started);
    assertThat(count("select count(*) from act_hi_job_log where process_def_key_ = 'clusterProbe' and job_state_ = 2"))
        .as("successful job executions").isEqualTo(created);
    assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where process_def_key_ = 'clusterProbe' "
        + "and job_state_ = 2 group by job_id_ having count(*) > 1")).as("jobs that succeeded twice").isEmpty();
    assertThat(count("select count(*) from act_ru_job where process_def_key_ = 'clusterProbe'")).as("probe jobs left").isZero();
    assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + timeout + ": " + what);
      }
      ApplicationNode.pause(Duration.ofMillis(500));
    }
  }
}
