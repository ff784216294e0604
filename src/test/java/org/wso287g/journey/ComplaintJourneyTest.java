package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A complaint about the demo agency's officer from record to resolution, each step as the demo user of
 * its group: the interim suspension pulls the officer's serve task and takes them out of the agency's
 * WSO group at once (rule 6), the exoneration reinstates them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:complaint-journey;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class ComplaintJourneyTest {

  static final String WSO_GROUP = "lea-la0990000-wso";

  @Autowired DemoUsers users;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;

  @Test
  void anInterimSuspensionPullsTheOfficersServeTaskAndTheExonerationReinstatesThem() {
    users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    String credential = jdbc.queryForObject("select number from credential", String.class);
    users.start("nol.ero", "warrantService", Attempts.warrant("CMP-J-0001"));
    management.createJobQuery().timers().activityId("timerEvent_scheduledRelease").list()
        .forEach(job -> management.executeJob(job.getId()));
    Task serve = users.task("demo.wso", "userTask_serveWarrant");
    users.as("demo.wso", () -> {
      tasks.claim(serve.getId(), "demo.wso");
      return null;
    });
    String today = LocalDate.now(ZoneId.of("America/Chicago")).toString();

    Map<String, Object> complaint = new HashMap<>();
    complaint.put("agencyOri", "LA0990000");
    complaint.put("complaintReceivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString());
    complaint.put("complaintSource", "DETAINEE");
    complaint.put("credentialNumber", credential);
    complaint.put("allegation", "USE_OF_FORCE");
    complaint.put("allegationSummary", "Force used during the service of a warrant.");
    ResponseEntity<Map> recorded = Attempts.send(rest, "nol.director", HttpMethod.POST, "/api/complaints", complaint);
    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = (String) recorded.getBody().get("complaintNumber");

    users.complete("nol.ero", users.task("nol.ero", "userTask_referComplaint"),
        Map.of("oprReference", "OPR-2026-0042", "oprNotifiedOn", today, "interimAction", "SUSPEND_OFFICER"));

    assertThat(status(credential)).isEqualTo("SUSPENDED");
    assertThat(tasks.createTaskQuery().taskId(serve.getId()).singleResult().getAssignee()).isNull();
    assertThat(identity.createUserQuery().userId("demo.wso").memberOfGroup(WSO_GROUP).count()).isZero();
    assertThat(users.visibleTaskKeys("demo.wso")).doesNotContain("userTask_serveWarrant");

    users.complete("nol.director", users.task("nol.director", "userTask_recordInvestigationOutcome"),
        Map.of("investigationOutcome", "EXONERATED", "outcomeSummary", "The force used was lawful.",
            "officerAction", "REINSTATE"));

    assertThat(status(credential)).isEqualTo("ACTIVE");
    assertThat(identity.createUserQuery().userId("demo.wso").memberOfGroup(WSO_GROUP).count()).isOne();
    assertThat(users.visibleTaskKeys("demo.wso")).contains("userTask_serveWarrant");

    users.complete("nol.director", users.task("nol.director", "userTask_notifyComplaintParties"),
        Map.of("partiesNotifiedOn", today));

    ResponseEntity<Map> resolved = rest.withBasicAuth("hq.analyst", "demo").getForEntity("/api/complaints/" + number, Map.class);
    assertThat(resolved.getBody()).containsEntry("status", "RESOLVED").containsEntry("interimAction", "SUSPEND_OFFICER")
        .containsEntry("officerAction", "REINSTATE").containsEntry("credentialNumber", credential);
    assertThat((List<Map<String, Object>>) resolved.getBody().get("steps")).extracting(step -> step.get("by"))
        .containsExactly("nol.director", "nol.ero", "nol.director", "nol.director");
  }

  private String status(String credential) {
    return jdbc.queryForObject("select status from credential where number = ?", String.class, credential);
  }
}
