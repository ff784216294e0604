package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Oversight, complete, through the running application as the demo users (authorization on, the
 * caller guard, the real records): the review on its scheduled date, its escalation to headquarters,
 * a finding the agency does not correct, and headquarters' notice of termination, which Notice on the
 * agreement records as any other notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:oversight-findings;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class OversightFindingsJourneyTest {

  static final ZoneId NOL = ZoneId.of("America/Chicago");

  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void aFindingNotCorrectedEndsInIcesNoticeOfTerminationWhileTheYearlyReviewsGoOn() {
    String number = users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    LocalDate today = LocalDate.now(NOL);
    LocalDate dueOn = today.plusMonths(12);

    // The initial review opens 30 days before its due day and is due at the end of that day, in NOL's zone.
    assertThat(job("timerEvent_initialReviewDue").getDuedate())
        .isEqualTo(Date.from(dueOn.minusDays(30).atStartOfDay(NOL).toInstant()));
    management.executeJob(job("timerEvent_initialReviewDue").getId());
    Task review = users.task("nol.director", "userTask_initialReview");
    assertThat(review.getDueDate()).isEqualTo(Date.from(dueOn.plusDays(1).atStartOfDay(NOL).toInstant().minusSeconds(1)));
    assertThat(users.visibleTaskKeys("hq.analyst")).doesNotContain("userTask_initialReview");

    // Not done by its due date: headquarters sees it too.
    management.executeJob(job("boundaryEvent_initialReviewOverdue").getId());
    assertThat(users.visibleTaskKeys("hq.analyst")).contains("userTask_initialReview");
    users.complete("nol.director", review, Map.of("compliant", false, "findings", "No detainer log"));
    assertThat(jdbc.queryForMap("select due_on, compliant, corrected_at from oversight_review"))
        .containsEntry("DUE_ON", java.sql.Date.valueOf(dueOn)).containsEntry("COMPLIANT", false)
        .containsEntry("CORRECTED_AT", null);

    // The next review is scheduled at once: one year after this one was due.
    assertThat(job("timerEvent_annualReviewDue").getDuedate())
        .isEqualTo(Date.from(dueOn.plusYears(1).minusDays(30).atStartOfDay(NOL).toInstant()));

    Task plan = users.task("demo.sheriff", "userTask_submitCorrectiveActionPlan");
    assertThatThrownBy(() -> users.complete("demo.sheriff", plan, Map.of("correctiveActions", "Keep a log",
        "correctionDueOn", today.minusDays(1).toString())))
        .hasMessageContaining("cannot be due in the past");
    users.complete("demo.sheriff", plan, Map.of("correctiveActions", "Keep a detainer log",
        "correctionDueOn", today.plusDays(30).toString()));
    assertThat(job("timerEvent_correctionDue").getDuedate())
        .isEqualTo(Date.from(today.plusDays(30).atStartOfDay(NOL).toInstant()));

    management.executeJob(job("timerEvent_correctionDue").getId());
    users.complete("nol.director", users.task("nol.director", "userTask_verifyCorrection"),
        Map.of("corrected", false, "findings", "Still no log"));
    assertThat(users.visibleTaskKeys("nol.director")).doesNotContain("userTask_decideOnNonCompliance");

    users.complete("hq.analyst", users.task("hq.analyst", "userTask_decideOnNonCompliance"),
        Map.of("nonComplianceDecision", "GIVE_NOTICE"));

    assertThat(jdbc.queryForMap("select notice_from, kind, exigent, received_on, status, given_by, reason "
        + "from agreement_notice"))
        .containsEntry("NOTICE_FROM", "ICE").containsEntry("KIND", "TERMINATION").containsEntry("EXIGENT", false)
        .containsEntry("RECEIVED_ON", java.sql.Date.valueOf(today)).containsEntry("STATUS", "PENDING")
        .containsEntry("GIVEN_BY", "hq.analyst")
        .containsEntry("REASON", "Findings of the initial review due " + dueOn + " not corrected by "
            + today.plusDays(30) + ": Still no log");
    assertThat(jdbc.queryForMap("select non_compliance_decision, correction_verified_by, corrected_at "
        + "from oversight_review"))
        .containsEntry("NON_COMPLIANCE_DECISION", "GIVE_NOTICE").containsEntry("CORRECTION_VERIFIED_BY", "nol.director")
        .containsEntry("CORRECTED_AT", null);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .activityIdIn("eventGateway_noticePending").count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .activityIdIn("timerEvent_annualReviewDue").count()).isEqualTo(1);
  }

  private Job job(String activityId) {
    return management.createJobQuery().activityId(activityId).singleResult();
  }
}
