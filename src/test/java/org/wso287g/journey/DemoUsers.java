package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The demo users of the default profile at work, through the Spring-managed engine with authorization
 * on: each call runs as the user, with the user's groups, as the Tasklist would.
 */
@Component
class DemoUsers {

  static final String DEMO_ORI = "LA0990000";
  static final String DEMO_AGENCY = "Demo Parish Sheriff's Office";
  static final String DEMO_JAIL = "Demo Parish Correctional Center";

  private final IdentityService identity;
  private final FormService forms;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final ManagementService management;

  DemoUsers(IdentityService identity, FormService forms, TaskService tasks, RepositoryService repository,
      ManagementService management) {
    this.identity = identity;
    this.forms = forms;
    this.tasks = tasks;
    this.repository = repository;
    this.management = management;
  }

  <T> T as(String userId, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  ProcessInstance start(String userId, String processKey, Map<String, Object> variables) {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
    return as(userId, () -> forms.submitStartForm(definitionId, variables));
  }

  List<String> visibleTaskKeys(String userId) {
    return as(userId, () -> tasks.createTaskQuery().list().stream().map(Task::getTaskDefinitionKey).toList());
  }

  Task task(String userId, String key) {
    List<Task> found = as(userId, () -> tasks.createTaskQuery().taskDefinitionKey(key).list());
    assertThat(found).as("%s sees one %s", userId, key).hasSize(1);
    return found.get(0);
  }

  void complete(String userId, Task task, Map<String, Object> variables) {
    as(userId, () -> {
      tasks.claim(task.getId(), userId);
      forms.submitTaskForm(task.getId(), variables);
      return null;
    });
  }

  /** Runs the asynchronous continuations that are due (the job executor is off in these tests). */
  void runDueContinuations() {
    management.createJobQuery().messages().list().forEach(job -> management.executeJob(job.getId()));
  }

  void createUser(String userId, String group) {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setPassword("demo");
      // "demo", like the demo users' password, does not meet the password policy: saved past it.
      ((IdentityServiceImpl) identity).saveUser(user, true);
      identity.createMembership(userId, group);
    }
  }

  static Map<String, Object> letterOfInterest() {
    return Variables.createVariables()
        .putValue("agencyName", DEMO_AGENCY).putValue("agencyOri", DEMO_ORI)
        .putValue("agencyState", "LA").putValue("agencyCounty", "Demo Parish")
        .putValue("jailFacilityName", DEMO_JAIL).putValue("fieldOfficeCode", "NOL")
        .putValue("requestedOfficerCount", 4L).putValue("letterDate", LocalDate.now(ZoneId.of("America/Chicago")).toString())
        .putValue("contactName", "Chief Deputy").putValue("contactEmail", "chief@demo-parish.invalid");
  }

  /**
   * The demo agency from letter of interest to OPERATIONAL with one credentialed officer, each step as
   * the demo user whose group the task is offered to.
   *
   * @return the application number
   */
  String makeDemoAgencyOperational(String officerName, String officerEmail) {
    String today = LocalDate.now(ZoneId.of("America/Chicago")).toString();
    String number = start("nol.director", "wsoParticipation", letterOfInterest()).getBusinessKey();
    complete("nol.director", task("nol.director", "userTask_reviewRequest"), Map.of("reviewDecision", "APPROVED"));
    complete("hq.analyst", task("hq.analyst", "userTask_prepareMoa"), Map.of("moaTemplateRevision", "Revised 02/15/2025",
        "fodContactName", "Deputy Field Office Director", "fodContactEmail", "dfod@ice.invalid"));
    complete("demo.sheriff", task("demo.sheriff", "userTask_signMoaLea"), Map.of("leaSignatoryName", "Demo Sheriff",
        "leaSignatoryTitle", "Sheriff", "leaSignedOn", today));
    complete("ice.signatory", task("ice.signatory", "userTask_signMoaIce"), Map.of("iceSignatoryName",
        "ICE Director designee", "iceSignedOn", today));
    Task nominate = task("demo.sheriff", "userTask_nominateCandidates");
    as("demo.sheriff", () -> {
      tasks.claim(nominate.getId(), "demo.sheriff");
      tasks.complete(nominate.getId(), Variables.createVariables().putValueTyped("candidates", SpinValues.jsonValue(
          "[{\"fullName\":\"" + officerName + "\",\"badgeNumber\":\"D-101\",\"email\":\"" + officerEmail + "\","
              + "\"usCitizen\":true}]").create()));
      return null;
    });
    complete("ps.investigator", task("ps.investigator", "userTask_backgroundInvestigation"),
        Map.of("backgroundResult", "CLEARED"));
    complete("nol.poc", task("nol.poc", "userTask_recordTraining"), Map.of("trainingDate", today, "trainingHours", 8L,
        "examScore", 85L, "instructor", "nol.poc"));
    complete("nol.director", task("nol.director", "userTask_signAuthorizationLetter"),
        Map.of("authorizationSignedOn", today));
    runDueContinuations();
    return number;
  }
}
