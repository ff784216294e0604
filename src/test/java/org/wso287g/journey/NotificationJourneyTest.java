package org.wso287g.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.wso287g.notification.RecordingOutbox;
import org.wso287g.notification.domain.MailTemplates;
import org.wso287g.notification.domain.Members;
import org.wso287g.notification.domain.OutgoingMail;
import org.wso287g.notification.process.DueSoonMails;

/**
 * Who is told what, in the application's engine with the demo users (the specification's
 * "Notifications"): the candidate groups' members on each new task with its Tasklist link, the
 * agency's contact on each decision, nol.ero on a served warrant, hq.analyst on an overdue review and
 * on a complaint recorded late, and the due-date reminder once. What the outbox received is checked
 * (an outbox in memory stands in for the real one). The steps build on each other, in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:notification-journey;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false", "wso.mail.public-url=https://wso.example.invalid/"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationJourneyTest {

  static final String CONTACT = "chief@demo-parish.invalid";
  static final String TASKLIST = "https://wso.example.invalid/camunda/app/tasklist/default/#/?task=";

  @TestConfiguration
  static class Outbox {
    @Bean
    @Primary
    RecordingOutbox recordingOutbox() {
      return new RecordingOutbox();
    }
  }

  @Autowired RecordingOutbox outbox;
  @Autowired DemoUsers users;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ProcessEngine engine;
  @Autowired Members members;
  @Autowired MailTemplates templates;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  @Order(1)
  void aLetterOfInterestThroughReviewToACredentialedOfficer() {
    String application = users.start("nol.director", "wsoParticipation", DemoUsers.letterOfInterest()).getBusinessKey();
    Task review = users.task("nol.director", "userTask_reviewRequest");

    // Both candidate groups (hq-287g, fo-nol-director): one message each to their members, with the link.
    for (String member : List.of("nol.director@demo.invalid", "hq.analyst@demo.invalid")) {
      assertThat(outbox.to(member)).singleElement().satisfies(mail -> {
        assertThat(mail.subject()).isEqualTo("New task: Review request — Demo Parish Sheriff's Office ("
            + application + ")");
        assertThat(mail.textBody()).contains(TASKLIST + review.getId());
        assertThat(mail.htmlBody()).contains("Demo Parish Sheriff&#39;s Office").contains(TASKLIST + review.getId());
        assertThat(mail.dedupeKey()).isEqualTo("task-created:" + review.getId() + ":" + mail.recipient()
            .substring(0, mail.recipient().indexOf('@')));
      });
    }
    // Nobody else: the other demo users are in no candidate group of the task.
    assertThat(outbox.all()).hasSize(2);

    users.complete("nol.director", review, Map.of("reviewDecision", "MORE_INFO",
        "reviewComment", "How many beds does the jail have?"));
    assertThat(outbox.to(CONTACT)).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("Application " + application + " — more information needed");
      assertThat(mail.textBody()).contains("How many beds does the jail have?").contains("Dear Chief Deputy,");
    });
    assertThat(outbox.to("demo.sheriff@demo.invalid")).singleElement()
        .satisfies(mail -> assertThat(mail.subject()).startsWith("New task: Provide more information"));

    users.complete("demo.sheriff", users.task("demo.sheriff", "userTask_provideMoreInformation"),
        Map.of("moreInformationResponse", "120 beds."));
    // A refused decision (a decline needs its reason) is no decision: nothing is written.
    Task again = users.task("hq.analyst", "userTask_reviewRequest");
    int before = outbox.all().size();
    assertThatThrownBy(() -> users.complete("hq.analyst", again, Map.of("reviewDecision", "DECLINED")))
        .hasMessageContaining("Say why the request is declined");
    assertThat(outbox.all()).hasSize(before);
    users.complete("hq.analyst", users.task("hq.analyst", "userTask_reviewRequest"),
        Map.of("reviewDecision", "DECLINED", "reviewComment", "The jail is too small <for now> & closing."));
    assertThat(outbox.to(CONTACT)).last().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("Application " + application + " — declined");
      assertThat(mail.htmlBody()).contains("The jail is too small &lt;for now&gt; &amp; closing.");
    });

    // A new letter, approved and taken to a credentialed officer.
    outbox.clear();
    String second = users.makeDemoAgencyOperational("Demo WSO", "demo.wso@demo-parish.invalid");
    assertThat(outbox.to(CONTACT)).extracting(OutgoingMail::subject).containsExactly(
        "Application " + second + " — approved",
        "Application " + second + " — Memorandum of Agreement active",
        "Application " + second + " — officer credentialed");
    assertThat(outbox.to(CONTACT).get(2).textBody()).contains("Demo WSO, credential WSO-LA0990000-0001");
  }

  @Test
  @Order(2)
  void aServedWarrantReachesTheFieldOfficesEroWithoutTheSubjectInAnySubjectLine() {
    outbox.clear();
    users.start("nol.ero", "warrantService", warrant("ICE-2026-0101"));
    management.createJobQuery().timers().activityId("timerEvent_scheduledRelease").list()
        .forEach(job -> management.executeJob(job.getId()));
    Task serve = users.task("demo.wso", "userTask_serveWarrant");
    assertThat(outbox.to("demo.wso@demo-parish.invalid")).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("New task: Serve warrant (ICE-2026-0101)");
      assertThat(mail.textBody()).contains(TASKLIST + serve.getId());
    });

    // The serve task was created with less than a day to go: the new-task message said so, no reminder.
    dueSoonMails(Clock.systemUTC()).remind();
    assertThat(outbox.all()).noneMatch(mail -> mail.dedupeKey().startsWith("task-due:"));

    users.complete("demo.wso", serve, Map.of("servedAt", Instant.now().minusSeconds(30).toString(),
        "interpreterOffered", false, "citizenshipClaimed", true));
    assertThat(outbox.to("nol.ero@demo.invalid")).filteredOn(mail -> mail.dedupeKey().startsWith("warrant-served:"))
        .singleElement().satisfies(mail -> {
          assertThat(mail.subject()).isEqualTo("Citizenship claim: warrant ICE-2026-0101 served by a WSO of Demo "
              + "Parish Sheriff's Office");
          assertThat(mail.textBody()).contains("John Roe").contains("B-2026-1001").contains("US citizen");
          assertThat(mail.dedupeKey()).isEqualTo("warrant-served:ICE-2026-0101:nol.ero");
        });
    assertThat(outbox.all()).extracting(OutgoingMail::subject)
        .noneMatch(subject -> subject.contains("John Roe") || subject.contains("B-2026-1001"));
  }

  @Test
  @Order(3)
  void anOverdueReviewIsOfferedToHeadquartersAndHeadquartersIsTold() {
    outbox.clear();
    fireTimer("timerEvent_initialReviewDue");
    Task review = users.task("nol.director", "userTask_initialReview");
    assertThat(outbox.to("nol.director@demo.invalid")).singleElement();
    assertThat(outbox.to("hq.analyst@demo.invalid")).isEmpty();

    fireTimer("boundaryEvent_initialReviewOverdue");
    assertThat(outbox.to("hq.analyst@demo.invalid")).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).startsWith("New task: Initial review — Demo Parish Sheriff's Office");
      assertThat(mail.textBody()).contains(TASKLIST + review.getId());
    });
    // The Field Office Director, told already, is not told again.
    assertThat(outbox.to("nol.director@demo.invalid")).hasSize(1);

    // A day before it is due, both are reminded, once.
    Instant dayBefore = review.getDueDate().toInstant().minus(2, ChronoUnit.HOURS);
    dueSoonMails(Clock.fixed(dayBefore, ZoneOffset.UTC)).remind();
    dueSoonMails(Clock.fixed(dayBefore.plusSeconds(300), ZoneOffset.UTC)).remind();
    assertThat(outbox.all()).filteredOn(mail -> mail.dedupeKey().startsWith("task-due:" + review.getId()))
        .extracting(OutgoingMail::recipient)
        .containsExactlyInAnyOrder("nol.director@demo.invalid", "hq.analyst@demo.invalid");
    assertThat(outbox.to("hq.analyst@demo.invalid")).last().satisfies(mail ->
        assertThat(mail.subject()).startsWith("Due within 24 hours: Initial review"));
  }

  @Test
  @Order(4)
  void aComplaintRecordedLateIsToldToHeadquarters() {
    outbox.clear();
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("agencyOri", DemoUsers.DEMO_ORI);
    complaint.put("complaintReceivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).withNano(0).toString());
    complaint.put("complaintSource", "DETAINEE");
    complaint.put("allegation", "USE_OF_FORCE");
    complaint.put("allegationSummary", "Force used while the warrant was served.");
    ResponseEntity<Map> recorded = rest.withBasicAuth("nol.ero", "demo").postForEntity("/api/complaints", complaint,
        Map.class);
    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = (String) recorded.getBody().get("complaintNumber");
    assertThat(outbox.to("hq.analyst@demo.invalid")).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("Complaint " + number + " recorded late — Demo Parish Sheriff's Office");
      assertThat(mail.dedupeKey()).isEqualTo("complaint-late:" + number + ":hq.analyst");
    });
    // A complaint recorded in time tells headquarters nothing (the ERO's refer task is a task message).
    outbox.clear();
    complaint.put("complaintReceivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0).toString());
    assertThat(rest.withBasicAuth("nol.ero", "demo").postForEntity("/api/complaints", complaint, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(outbox.to("hq.analyst@demo.invalid")).isEmpty();
    assertThat(outbox.to("nol.ero@demo.invalid")).singleElement()
        .satisfies(mail -> assertThat(mail.subject()).startsWith("New task: Refer complaint"));
  }

  @Test
  @Order(5)
  void anExigentTerminationIsToldToTheAgencyContactAsNoticeAndEnd() {
    outbox.clear();
    String application = jdbc.queryForObject("select a.number from application a join moa m on m.application_id = a.id",
        String.class);
    ResponseEntity<Map> notice = rest.withBasicAuth("hq.analyst", "demo").postForEntity("/api/agreements/"
        + application + "/notices", Map.of("noticeFrom", "ICE", "noticeKind", "TERMINATION", "noticeReason",
        "The jail closes.", "exigent", true), Map.class);
    assertThat(notice.getStatusCode().is2xxSuccessful()).as("%s", notice.getBody()).isTrue();
    users.runDueContinuations();

    assertThat(outbox.to(CONTACT)).extracting(OutgoingMail::subject).containsExactly(
        "Application " + application + " — notice received", "Application " + application + " — agreement ended");
    assertThat(outbox.to(CONTACT).get(0).textBody()).contains("exigent termination notice from ICE")
        .contains("The jail closes.");
  }

  private DueSoonMails dueSoonMails(Clock clock) {
    return new DueSoonMails(engine, members, templates, outbox, clock);
  }

  private void fireTimer(String activityId) {
    management.createJobQuery().timers().activityId(activityId).list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private static Map<String, Object> warrant(String number) {
    return Variables.createVariables()
        .putValue("agencyOri", DemoUsers.DEMO_ORI).putValue("facilityName", DemoUsers.DEMO_JAIL)
        .putValue("subjectName", "John Roe").putValue("subjectBookingNumber", "B-2026-1001")
        .putValue("warrantType", "I-200").putValue("warrantNumber", number)
        .putValue("warrantIssuedOn", LocalDate.now(ZoneId.of("America/Chicago")).toString())
        .putValue("issuingOfficer", "SDDO Example")
        .putValue("scheduledReleaseAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
  }
}
