package org.wso287g.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Actor;
import org.wso287g.access.NotAllowed;
import org.wso287g.common.RuleViolation;
import org.wso287g.fieldoffice.LocalDayStarts;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.oversight.domain.Oversight.AgencyOversight;
import org.wso287g.oversight.domain.Oversight.FieldOfficeOversight;
import org.wso287g.oversight.domain.Oversight.Totals;
import org.wso287g.statistics.domain.Figures;
import org.wso287g.statistics.domain.ProgramStatistics;

/**
 * The oversight view and the fiscal year's oversight figures, counted from known rows written straight into
 * the tables (the schema of the Flyway migrations, V16's findings and V17's complaints included); "now" is
 * {@link TestClock#NOW} (2026-03-20T15:00Z).
 *
 * <pre>
 * NOL  ALPHA   LA OPERATIONAL  credentials A1 ACTIVE, A2 SUSPENDED, A3 WITHDRAWN (not returned), A4 REVOKED
 *                              (returned), A5 DEPARTED (not returned); review task APP-ALPHA overdue;
 *                              findings: one not corrected, one corrected, one compliant;
 *                              complaints: open and recorded late, open past its resolution date, resolved
 *      BRAVO   MS OPERATIONAL  no credential; review task APP-BRAVO not yet due; a notice PENDING, one WITHDRAWN
 *      CHARLIE LA OPERATIONAL  one ACTIVE credential: nothing to show
 * HOU  DELTA   TX OPERATIONAL  no credential
 * </pre>
 */
@DataJpaTest
@Import({OversightView.class, FindingsAndComplaints.class, ProgramStatistics.class, LocalDayStarts.class, AccessPolicy.class,
    TestClock.Config.class, OversightViewTest.Tasks.class})
class OversightViewTest {

  static final Actor HEADQUARTERS = new Actor("hq.analyst", List.of("hq-287g"));
  static final Actor NOL_DIRECTOR = new Actor("nol.director", List.of("fo-nol-director"));
  static final Actor SHERIFF = new Actor("demo.sheriff", List.of("lea-la0990000-command"));
  static final Actor NOL_ERO = new Actor("nol.ero", List.of("fo-nol-ero"));

  @TestConfiguration
  static class Tasks {
    @Bean
    ReviewTasks reviewTasks() {
      return () -> List.of(
          new OpenReview("APP-ALPHA", "userTask_annualComplianceReview", Instant.parse("2026-03-01T00:00:00Z")),
          new OpenReview("APP-BRAVO", "userTask_initialReview", Instant.parse("2026-04-30T00:00:00Z")),
          new OpenReview("APP-UNKNOWN", "userTask_initialReview", Instant.parse("2026-01-01T00:00:00Z")));
    }
  }

  @Autowired OversightView view;
  @Autowired ProgramStatistics statistics;
  @Autowired JdbcTemplate jdbc;

  long alpha;
  long bravo;

  @BeforeEach
  void knownData() {
    alpha = agency("ALPHA", "LA", "NOL");
    bravo = agency("BRAVO", "MS", "NOL");
    long charlie = agency("CHARLIE", "LA", "NOL");
    long delta = agency("DELTA", "TX", "HOU");
    long alphaMoa = moa(alpha, "WSO");
    long bravoMoa = moa(bravo, "WSO");
    moa(charlie, "WSO");
    application(alpha, "APP-ALPHA");
    application(bravo, "APP-BRAVO");

    credential(alpha, "A1", "ACTIVE", null);
    credential(alpha, "A2", "SUSPENDED", null);
    credential(alpha, "A3", "WITHDRAWN", null);
    credential(alpha, "A4", "REVOKED", LocalDate.parse("2026-01-10"));
    credential(alpha, "A5", "DEPARTED", null);
    credential(charlie, "C1", "ACTIVE", null);

    notice(bravoMoa, "PENDING", "2026-04-01T05:00:00Z");
    notice(bravoMoa, "WITHDRAWN", "2026-04-02T05:00:00Z");

    // the fiscal year 2026's reviews: ALPHA's two on time (one at 21:00 in New Orleans on its due day),
    // BRAVO's one late; ALPHA's of FY2025 out of the year
    review(alphaMoa, false, "2026-02-01", "2026-02-02T03:00:00Z", null);
    review(alphaMoa, false, "2026-03-01", "2026-02-25T15:00:00Z", "2026-03-10T15:00:00Z");
    review(alphaMoa, true, "2025-09-01", "2025-09-01T15:00:00Z", null);
    review(bravoMoa, true, "2026-01-15", "2026-01-20T15:00:00Z", null);

    // received 23:30 on 30 September in New Orleans: FY2025; the others FY2026
    complaint(alpha, "K1", "2025-10-01T04:30:00Z", "2025-10-03T04:30:00Z", "2025-10-02T15:00:00Z", false,
        "2026-06-01T00:00:00Z", "RECORDED");
    complaint(alpha, "K2", "2025-10-01T06:00:00Z", "2025-10-03T06:00:00Z", "2025-10-05T15:00:00Z", true,
        "2026-06-01T00:00:00Z", "REFERRED");
    complaint(alpha, "K3", "2026-01-05T15:00:00Z", "2026-01-07T15:00:00Z", "2026-01-06T15:00:00Z", false,
        "2026-03-01T00:00:00Z", "OUTCOME_RECORDED");
    complaint(alpha, "K4", "2026-01-05T15:00:00Z", "2026-01-07T15:00:00Z", "2026-01-08T15:00:00Z", true,
        "2026-03-01T00:00:00Z", "RESOLVED");
    agency("ECHO", "TX", "HOU"); // not operational: nothing to show
    jdbc.update("update agency set status = 'MOA_ACTIVE' where name = 'ECHO'");
    assertThat(delta).isPositive();
  }

  @Test
  void headquartersSeeEveryFieldOfficeWithItsAgenciesThatNeedAttention() {
    Oversight oversight = view.of(HEADQUARTERS, null);

    assertThat(oversight.national()).isTrue();
    assertThat(oversight.at()).isEqualTo(TestClock.NOW);
    assertThat(oversight.fieldOffices()).hasSize(25).extracting(FieldOfficeOversight::code).startsWith("ATL", "BAL");

    FieldOfficeOversight nol = office(oversight, "NOL");
    assertThat(nol.name()).isEqualTo("New Orleans");
    assertThat(nol.agencies()).extracting(AgencyOversight::name).containsExactly("ALPHA", "BRAVO");

    AgencyOversight alphaRow = nol.agencies().get(0);
    // reviews 1 due, overdue; 1 finding not corrected; complaints K1, K2, K3 open: K2 recorded late, K3 past
    // its resolution date; A2 suspended; A3 and A5 not returned; operational with an active officer
    assertThat(alphaRow.totals()).isEqualTo(new Totals(1, 1, 1, 3, 1, 1, 1, 2, 0, 0));
    assertThat(alphaRow.pendingNotices()).isEmpty();
    AgencyOversight bravoRow = nol.agencies().get(1);
    assertThat(bravoRow.totals()).isEqualTo(new Totals(1, 0, 0, 0, 0, 0, 0, 0, 1, 1));
    assertThat(bravoRow.pendingNotices()).singleElement().satisfies(notice -> {
      assertThat(notice.effectiveAt()).isEqualTo(Instant.parse("2026-04-01T05:00:00Z"));
      assertThat(notice.kind()).isEqualTo("SUSPENSION");
      assertThat(notice.noticeFrom()).isEqualTo("LEA");
    });
    assertThat(nol.totals()).isEqualTo(new Totals(2, 1, 1, 3, 1, 1, 1, 2, 1, 1));

    FieldOfficeOversight hou = office(oversight, "HOU");
    assertThat(hou.agencies()).extracting(AgencyOversight::name).containsExactly("DELTA");
    assertThat(hou.totals()).isEqualTo(new Totals(0, 0, 0, 0, 0, 0, 0, 0, 1, 0));
    assertThat(office(oversight, "ATL").totals()).isEqualTo(new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(oversight.totals()).isEqualTo(new Totals(2, 1, 1, 3, 1, 1, 1, 2, 2, 1));
  }

  @Test
  void aDirectorSeesTheirOwnOfficeOnlyAndHeadquartersMayAskForOne() {
    Oversight own = view.of(NOL_DIRECTOR, null);
    assertThat(own.national()).isFalse();
    assertThat(own.fieldOffices()).extracting(FieldOfficeOversight::code).containsExactly("NOL");
    assertThat(view.of(NOL_DIRECTOR, " nol ").fieldOffices()).extracting(FieldOfficeOversight::code).containsExactly("NOL");

    Oversight houston = view.of(HEADQUARTERS, "hou");
    assertThat(houston.national()).isFalse();
    assertThat(houston.fieldOffices()).extracting(FieldOfficeOversight::code).containsExactly("HOU");
    assertThat(houston.totals().operationalAgenciesWithoutActiveOfficer()).isEqualTo(1);
  }

  @Test
  void anotherOfficeAnAgencyAndOtherFieldOfficeGroupsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> view.of(NOL_DIRECTOR, "HOU")).isInstanceOf(NotAllowed.class)
        .hasMessage("nol.director may not see the oversight view of field office HOU: that is for camunda-admin, "
            + "hq-287g, fo-hou-director.");
    assertThatThrownBy(() -> view.of(SHERIFF, null)).isInstanceOf(NotAllowed.class)
        .hasMessage("demo.sheriff may not see the oversight view of the program: that is for camunda-admin, hq-287g, "
            + "fo-{fo}-director.");
    assertThatThrownBy(() -> view.of(SHERIFF, "NOL")).isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> view.of(NOL_ERO, null)).isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> view.of(HEADQUARTERS, "XYZ"))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("fieldOffice"));
  }

  @Test
  void theFiscalYearCountsComplaintsAndReviewsOnTheLocalDays() {
    Figures.OversightFigures fy2026 = statistics.fiscalYear("WSO", 2026).oversight();
    // K2, K3, K4 received in FY2026 (K1 at 23:30 on 30 September in New Orleans); only K3 recorded by its
    // notice deadline
    assertThat(fy2026.complaintsReceived()).isEqualTo(3);
    assertThat(fy2026.complaintNoticesOnTime()).isEqualTo(1);
    // ALPHA's 2026-02-01 (21:00 on that day in New Orleans) and 2026-03-01 on time, BRAVO's late
    assertThat(fy2026.reviewsDue()).isEqualTo(3);
    assertThat(fy2026.reviewsOnTime()).isEqualTo(2);
    assertThat(fy2026.agenciesWithReviewsDue()).isEqualTo(2);
    assertThat(fy2026.agenciesWithEveryReviewOnTime()).isEqualTo(1);
    assertThat(fy2026.shareOfAgenciesWithEveryReviewOnTime()).isEqualTo(0.5);

    Figures.OversightFigures fy2025 = statistics.fiscalYear("WSO", 2025).oversight();
    assertThat(fy2025.complaintsReceived()).isEqualTo(1);
    assertThat(fy2025.complaintNoticesOnTime()).isEqualTo(1);
    assertThat(fy2025.reviewsDue()).isEqualTo(1);
    assertThat(fy2025.shareOfAgenciesWithEveryReviewOnTime()).isEqualTo(1.0);

    Figures.OversightFigures jem = statistics.fiscalYear("JEM", 2026).oversight();
    assertThat(jem.complaintsReceived()).isZero();
    assertThat(jem.reviewsDue()).isZero();
    assertThat(jem.shareOfAgenciesWithEveryReviewOnTime()).isNull();

    assertThat(statistics.asOf("WSO", LocalDate.parse("2026-03-20")).oversight()).isNull();
  }

  private static FieldOfficeOversight office(Oversight oversight, String code) {
    return oversight.fieldOffices().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  private long agency(String name, String state, String fieldOffice) {
    jdbc.update("insert into agency (name, state, field_office_code, status, created_at) values (?, ?, ?, ?, ?)",
        name, state, fieldOffice, "OPERATIONAL", OffsetDateTime.parse("2024-01-01T00:00:00Z"));
    return jdbc.queryForObject("select id from agency where name = ?", Long.class, name);
  }

  private long moa(long agency, String model) {
    jdbc.update("insert into moa (agency_id, model, status, effective_on, source) values (?, ?, 'ACTIVE', ?, 'ICE_LIST')",
        agency, model, LocalDate.parse("2024-06-01"));
    return jdbc.queryForObject("select max(id) from moa where agency_id = ?", Long.class, agency);
  }

  private long application(long agency, String number) {
    jdbc.update("insert into application (number, agency_id, status, requested_officer_count, letter_date, "
        + "contact_name, contact_email, registered_by, registered_at) values (?, ?, 'APPROVED', 1, ?, 'c', 'c@x.gov', 'u', ?)",
        number, agency, LocalDate.of(2024, 1, 1), OffsetDateTime.parse("2024-01-01T00:00:00Z"));
    return jdbc.queryForObject("select id from application where number = ?", Long.class, number);
  }

  private void credential(long agency, String number, String status, LocalDate returnedOn) {
    long application = application(agency, "APP-" + number);
    jdbc.update("insert into candidate (agency_id, application_id, full_name, badge_number, email, us_citizen, status, "
        + "nominated_by, nominated_at) values (?, ?, ?, ?, 'o@x.gov', true, 'CREDENTIALED', 'u', ?)",
        agency, application, "Officer " + number, number, OffsetDateTime.parse("2024-01-01T00:00:00Z"));
    long candidate = jdbc.queryForObject("select id from candidate where badge_number = ?", Long.class, number);
    jdbc.update("insert into credential (number, candidate_id, agency_id, status, issued_at, form_70006_executed_on, "
        + "returned_on) values (?, ?, ?, ?, ?, ?, ?)",
        number, candidate, agency, status, OffsetDateTime.parse("2024-07-01T15:00:00Z"), LocalDate.of(2024, 7, 1),
        returnedOn);
  }

  private void notice(long moa, String status, String effectiveAt) {
    jdbc.update("insert into agreement_notice (moa_id, notice_from, kind, reason, exigent, received_on, effective_at, "
        + "status, given_by, given_at) values (?, 'LEA', 'SUSPENSION', 'Budget', false, ?, ?, ?, 'u', ?)",
        moa, LocalDate.parse("2026-01-01"), OffsetDateTime.parse(effectiveAt), status,
        OffsetDateTime.parse("2026-01-01T15:00:00Z"));
  }

  private void review(long moa, boolean compliant, String dueOn, String reviewedAt, String correctedAt) {
    jdbc.update("insert into oversight_review (moa_id, kind, compliant, findings, reviewed_by, reviewed_at, due_on, "
        + "corrected_at) values (?, 'ANNUAL', ?, 'Findings', 'u', ?, ?, ?)",
        moa, compliant, OffsetDateTime.parse(reviewedAt), LocalDate.parse(dueOn),
        correctedAt == null ? null : OffsetDateTime.parse(correctedAt));
  }

  private void complaint(long agency, String number, String receivedAt, String noticeDueAt, String recordedAt,
      boolean recordedLate, String resolutionDueAt, String status) {
    jdbc.update("insert into complaint (complaint_number, agency_id, received_at, notice_due_at, recorded_at, "
        + "recorded_late, resolution_due_at, status, source, allegation, allegation_summary, recorded_by) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLIC', 'MISCONDUCT', 'Allegation', 'u')",
        number, agency, OffsetDateTime.parse(receivedAt), OffsetDateTime.parse(noticeDueAt),
        OffsetDateTime.parse(recordedAt), recordedLate, OffsetDateTime.parse(resolutionDueAt), status);
  }
}
