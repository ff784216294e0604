package org.wso287g.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Writes the benchmark's open tasks into an application's database while the application is stopped
 * (an H2 file has one owner): a plain engine on the same tables, with authorization on, so each task
 * gets the engine's own grants to its candidate groups, as a task the application creates does. One
 * transaction per thousand starts: a hundred thousand tasks take a minute, not an hour over HTTP.
 */
final class TaskGenerator implements AutoCloseable {

  static final String MODEL = "benchmark/benchmarkReview.bpmn";
  static final String PROCESS = "benchmarkReview";
  private static final int BATCH = 1_000;

  private final ProcessEngine engine;

  TaskGenerator(Database database, String defaultTaskPermission) {
    ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("benchmark-generator");
    configuration.setJdbcUrl(database.url());
    configuration.setJdbcUsername(database.username());
    configuration.setJdbcPassword(database.password());
    configuration.setJdbcDriver(database.driver());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setAuthorizationEnabled(true);
    configuration.setDefaultUserPermissionNameForTask(defaultTaskPermission);
    // The applications' ids are UUIDs (Camunda's Spring Boot starter); so are the benchmark's.
    configuration.setIdGenerator(new StrongUuidGenerator());
    // The specification's ids: groups with hyphens (fo-nol-director), users with dots.
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setDbMetricsReporterActivate(false);
    this.engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("benchmark").enableDuplicateFiltering(true)
        .addClasspathResource(MODEL).deploy();
  }

  /** A user with a password, member of the groups; the groups are created when missing. */
  void ensureUser(String userId, String password, List<String> groups) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName("Benchmark");
      user.setLastName(userId);
      user.setPassword(password);
      identity.saveUser(user);
    }
    ensureGroups(groups);
    for (String group : groups) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identity.createMembership(userId, group);
      }
    }
  }

  /** The groups a bare engine lacks (the product makes its own). */
  void ensureGroups(List<String> groups) {
    var identity = engine.getIdentityService();
    for (String group : groups) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
    }
  }

  /** Open benchmark tasks in all. */
  long openTasks() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).count();
  }

  /** Starts instances until this many benchmark tasks are open, offered round robin to the groups. */
  void fillTo(long tasks, List<String> candidateGroups) {
    long open = openTasks();
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    var runtime = engine.getRuntimeService();
    while (open < tasks) {
      long from = open;
      long batch = Math.min(BATCH, tasks - open);
      // Service calls inside one command share its transaction: one flush for the batch.
      configuration.getCommandExecutorTxRequired().execute(context -> {
        for (long i = from; i < from + batch; i++) {
          runtime.startProcessInstanceByKey(PROCESS, "benchmark-" + i,
              Map.of("candidateGroup", candidateGroups.get((int) (i % candidateGroups.size()))));
        }
        return null;
      });
      open += batch;
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
