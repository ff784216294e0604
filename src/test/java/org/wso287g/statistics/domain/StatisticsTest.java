package org.wso287g.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wso287g.common.RuleViolation;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.fieldoffice.LocalDayStarts;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.oversight.domain.FindingsAndComplaints;
import org.wso287g.statistics.domain.Figures.StateFigures;
import org.wso287g.warrant.domain.WarrantServed;

/**
 * The figures counted from known rows, written straight into the tables. The fiscal year is FY2020
 * (2019-10-01 .. 2020-09-30), each event on its calendar day in the time zone of its agency's field office
 * (rule 11): Miami and Atlanta are America/New_York (-04:00 in September), Dallas America/Chicago.
 *
 * <pre>
 * agency   state  agreement                                  credentials (issued .. ended)
 * ALPHA    FL     WSO ACTIVE     from 2019-05-01             c1 2019-06-01 ..; c2 2019-06-01 .. 2020-05-01 (withdrawn);
 *                                                            c3 2019-06-01 .. 2020-10-02; c4 2020-10-01T00:00-04:00 ..;
 *                                                            c5 2020-09-30T23:59-04:00 ..
 * BRAVO    FL     WSO TERMINATED 2019-06-01 .. 2020-12-31
 * CHARLIE  TX     WSO ACTIVE     from 2020-10-15 (after FY2020)
 * DELTA    TX     WSO TERMINATED 2018-01-01 .. 2020-03-01    c7 2018-02-01 .. 2020-03-01 (revoked)
 * ECHO     GA     WSO SUSPENDED  2019-01-01 .. 2020-10-01    c6 2019-02-01 ..
 * FOXTROT  AZ     JEM ACTIVE     from 2019-01-01             c8 2019-02-01 .. (no WSO agreement: never counted)
 * GOLF     TX     WSO DRAFT
 *
 * warrants served: ALPHA 2019-09-30T23:59:59-04:00 (FY2019), 2019-10-01T00:00-04:00, 2020-10-01T00:00-04:00 (FY2021);
 *                  ECHO 2020-10-01T03:59Z (= 2020-09-30T23:59 in Atlanta); DELTA 2020-02-15T12:00Z
 * </pre>
 */
@DataJpaTest
@Import({ProgramStatistics.class, FindingsAndComplaints.class, WarrantsServedTally.class, FieldOfficeCalendar.class,
    LocalDayStarts.class, TestClock.Config.class})
class StatisticsTest {

  @Autowired ProgramStatistics statistics;
  @Autowired WarrantsServedTally tally;
  @Autowired JdbcTemplate jdbc;
  @Autowired FindingsAndComplaints findingsAndComplaints;

  @BeforeEach
  void knownData() {
    long alpha = agency("ALPHA", "FL", "MIA");
    long bravo = agency("BRAVO", "FL", "MIA");
    long charlie = agency("CHARLIE", "TX", "HOU");
    long delta = agency("DELTA", "TX", "DAL");
    long echo = agency("ECHO", "GA", "ATL");
    long foxtrot = agency("FOXTROT", "AZ", "PHO");
    long golf = agency("GOLF", "TX", "SNA");

    moa(alpha, "WSO", "ACTIVE", "2019-05-01", null);
    moa(bravo, "WSO", "TERMINATED", "2019-06-01", "2020-12-31");
    moa(charlie, "WSO", "ACTIVE", "2020-10-15", null);
    moa(delta, "WSO", "TERMINATED", "2018-01-01", "2020-03-01");
    moa(echo, "WSO", "SUSPENDED", "2019-01-01", "2020-10-01");
    moa(foxtrot, "JEM", "ACTIVE", "2019-01-01", null);
    moa(golf, "WSO", "DRAFT", null, null);

    long c1 = credential(alpha, "C1", "ACTIVE", "2019-06-01T10:00:00Z", null);
    credential(alpha, "C2", "WITHDRAWN", "2019-06-01T10:00:00Z", "2020-05-01T10:00:00Z");
    credential(alpha, "C3", "WITHDRAWN", "2019-06-01T10:00:00Z", "2020-10-02T10:00:00Z");
    credential(alpha, "C4", "ACTIVE", "2020-10-01T00:00:00-04:00", null);
    credential(alpha, "C5", "ACTIVE", "2020-09-30T23:59:00-04:00", null);
    long c6 = credential(echo, "C6", "ACTIVE", "2019-02-01T10:00:00Z", null);
    long c7 = credential(delta, "C7", "REVOKED", "2018-02-01T10:00:00Z", "2020-03-01T00:00:00-06:00");
    credential(foxtrot, "C8", "ACTIVE", "2019-02-01T10:00:00Z", null);

    served(alpha, c1, "W1", "2019-09-30T23:59:59-04:00");
    served(alpha, c1, "W2", "2019-10-01T00:00:00-04:00");
    served(alpha, c1, "W3", "2020-10-01T00:00:00-04:00");
    served(echo, c6, "W4", "2020-10-01T03:59:00Z");
    served(delta, c7, "W5", "2020-02-15T12:00:00Z");
    // The services were written around WarrantService, so the tally is recounted once.
    tally.recount();
  }

  @Test
  void theTallyAddedServiceByServiceIsTheRecountPerStateAndLocalDay() {
    List<Map<String, Object>> recounted = tallyRows();
    assertThat(recounted).hasSize(5);
    jdbc.update("delete from warrants_served_daily");

    tally.served(new WarrantServed("W1", "FL", "MIA", OffsetDateTime.parse("2019-09-30T23:59:59-04:00").toInstant()));
    tally.served(new WarrantServed("W2", "FL", "MIA", OffsetDateTime.parse("2019-10-01T00:00:00-04:00").toInstant()));
    tally.served(new WarrantServed("W3", "FL", "MIA", OffsetDateTime.parse("2020-10-01T00:00:00-04:00").toInstant()));
    tally.served(new WarrantServed("W4", "GA", "ATL", Instant.parse("2020-10-01T03:59:00Z")));
    tally.served(new WarrantServed("W5", "TX", "DAL", Instant.parse("2020-02-15T12:00:00Z")));

    assertThat(tallyRows()).isEqualTo(recounted);
    assertThat(jdbc.queryForObject("select services from warrants_served_daily where state = 'GA'", Long.class))
        .isEqualTo(1L);
    assertThat(jdbc.queryForObject("select served_on from warrants_served_daily where state = 'GA'", LocalDate.class))
        .as("03:59Z on 1 October is 23:59 on 30 September in Atlanta").isEqualTo(LocalDate.of(2020, 9, 30));

    tally.served(new WarrantServed("W6", "FL", "MIA", Instant.parse("2019-10-01T18:00:00Z")));
    assertThat(jdbc.queryForObject("select services from warrants_served_daily where state = 'FL' and served_on = ?",
        Long.class, LocalDate.of(2019, 10, 1))).isEqualTo(2L);
  }

  /**
   * Rule 11: a service late on 30 September in New Orleans (1 October in UTC) counts in FY2020; one
   * early on 1 October in Guam (still 30 September in UTC) counts in FY2021, while one at the same
   * moment in California, also served by San Francisco, counts in FY2020. Replaying every service
   * through the event gives the recount.
   */
  @Test
  void servicesCountOnTheLocalDayOfTheAgencysFieldOfficeAndTheTallyAgreesWithTheRecount() {
    long hotel = agency("HOTEL", "LA", "NOL");
    long india = agency("INDIA", "GU", "SFR");
    long juliet = agency("JULIET", "CA", "SFR");
    for (long agency : List.of(hotel, india, juliet)) {
      moa(agency, "WSO", "ACTIVE", "2019-01-01", null);
    }
    long c9 = credential(hotel, "C9", "ACTIVE", "2020-09-30T23:00:00-05:00", null);
    long c10 = credential(india, "C10", "ACTIVE", "2020-10-01T08:00:00+10:00", null);
    long c11 = credential(juliet, "C11", "ACTIVE", "2020-09-30T15:00:00-07:00", null);
    served(hotel, c9, "W7", "2020-09-30T23:30:00-05:00");
    served(india, c10, "W8", "2020-10-01T08:00:00+10:00");
    served(juliet, c11, "W9", "2020-09-30T15:00:00-07:00");
    tally.recount();

    Figures fy2020 = statistics.fiscalYear("WSO", 2020);
    assertThat(fy2020.byState()).contains(
        new StateFigures("LA", 1, 1, 1), // issued and served late on 30 September in Chicago
        new StateFigures("GU", 1, 0, 0), // issued and served on 1 October in Guam
        new StateFigures("CA", 1, 1, 1));
    Figures fy2021 = statistics.fiscalYear("WSO", 2021);
    assertThat(fy2021.byState()).contains(new StateFigures("GU", 1, 1, 1), new StateFigures("LA", 1, 1, 0));

    List<Map<String, Object>> recounted = tallyRows();
    jdbc.update("delete from warrants_served_daily");
    jdbc.query("select w.number, a.state, a.field_office_code, s.served_at from warrant_service s "
        + "join warrant w on w.id = s.warrant_id join agency a on a.id = w.agency_id", rs -> {
          tally.served(new WarrantServed(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getObject(4, OffsetDateTime.class).toInstant()));
        });
    assertThat(tallyRows()).isEqualTo(recounted);
    assertThat(jdbc.queryForList("select served_on from warrants_served_daily where state in ('LA', 'GU', 'CA') "
        + "order by state", LocalDate.class))
        .containsExactly(LocalDate.of(2020, 9, 30), LocalDate.of(2020, 10, 1), LocalDate.of(2020, 9, 30));
  }

  /**
   * The officers and the complaints are counted by comparing the stored moments with the first moment of
   * the next local day in each zone, the complaints also within a range that holds every zone's days: the
   * days at both ends of the zones, Guam (UTC+10) and American Samoa (UTC-11), count as their agencies live
   * them. A credential ended at local midnight still counts on the day before; one suspended counts on no day.
   */
  @Test
  void officersAndComplaintsCountOnTheLocalDaysOfTheFarthestZones() {
    long guam = agency("KILO", "GU", "SFR");
    long samoa = agency("LIMA", "AS", "SFR");
    for (long agency : List.of(guam, samoa)) {
      moa(agency, "WSO", "ACTIVE", "2019-01-01", null);
    }
    credential(guam, "C12", "ACTIVE", "2020-10-01T00:00:00+10:00", null); // FY2021 in Guam, 30 Sep in UTC
    credential(guam, "C13", "WITHDRAWN", "2019-06-01T10:00:00Z", "2020-10-01T00:00:00+10:00"); // ended at midnight
    credential(guam, "C14", "WITHDRAWN", "2019-06-01T10:00:00Z", "2020-09-30T23:59:00+10:00"); // a minute before
    credential(samoa, "C15", "ACTIVE", "2020-09-30T23:30:00-11:00", null); // FY2020 in Samoa, 1 Oct in UTC
    credential(samoa, "C16", "SUSPENDED", "2019-06-01T10:00:00Z", null);

    // C13 (ends on 1 October there), C15; not C12 (issued on 1 October there), C14 (ended on 30 September), C16
    assertThat(statistics.fiscalYear("WSO", 2020).byState()).contains(
        new StateFigures("GU", 1, 1, 0), new StateFigures("AS", 1, 1, 0));
    assertThat(statistics.asOf("WSO", LocalDate.of(2020, 10, 1)).byState()).contains(
        new StateFigures("GU", 1, 1, 0), new StateFigures("AS", 1, 1, 0));

    complaint(guam, "CMP-G1", "2019-10-01T00:30:00+10:00"); // FY2020 there, 30 Sep 2019 in UTC
    complaint(guam, "CMP-G2", "2019-09-30T23:30:00+10:00"); // FY2019
    complaint(samoa, "CMP-S1", "2020-09-30T23:30:00-11:00"); // FY2020 there, 1 Oct 2020 in UTC
    complaint(samoa, "CMP-S2", "2020-10-01T00:30:00-11:00"); // FY2021
    assertThat(findingsAndComplaints.complaintsReceived(LocalDate.of(2019, 10, 1), LocalDate.of(2020, 9, 30)))
        .isEqualTo(new FindingsAndComplaints.ComplaintsReceived(2, 2));
    assertThat(statistics.fiscalYear("WSO", 2019).oversight().complaintsReceived()).isEqualTo(1);
    assertThat(statistics.fiscalYear("WSO", 2021).oversight().complaintsReceived()).isEqualTo(1);
  }

  private void complaint(long agency, String number, String receivedAt) {
    OffsetDateTime received = OffsetDateTime.parse(receivedAt);
    jdbc.update("insert into complaint (complaint_number, agency_id, received_at, notice_due_at, recorded_at, "
        + "recorded_late, resolution_due_at, status, source, allegation, allegation_summary, recorded_by) "
        + "values (?, ?, ?, ?, ?, false, ?, 'RECORDED', 'PUBLIC', 'MISCONDUCT', 'Allegation', 'u')",
        number, agency, received, received.plusHours(48), received.plusHours(1), received.plusDays(90));
  }

  private List<Map<String, Object>> tallyRows() {
    return jdbc.queryForList("select state, served_on, services from warrants_served_daily order by state, served_on");
  }

  @Test
  void fiscalYear2020TakesAgreementsAndOfficersOnTheLastDayAndWarrantsWithinTheYear() {
    Figures fy = statistics.fiscalYear("WSO", 2020);

    assertThat(fy.asOf()).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(fy.servedFrom()).isEqualTo(LocalDate.of(2019, 10, 1));
    // ALPHA, BRAVO (ends after), ECHO (ends after); not CHARLIE (signed after), DELTA (ended before),
    // FOXTROT (JEM), GOLF (draft)
    assertThat(fy.agreements()).isEqualTo(3);
    assertThat(fy.states()).isEqualTo(2); // FL twice, GA
    // c1, c3 (withdrawn after), c5 (issued 23:59 in Miami), c6; not c2 (withdrawn before), c4 (issued the
    // next day), c7 (agreement ended), c8 (JEM agency)
    assertThat(fy.credentialedOfficers()).isEqualTo(4);
    // W2 (1 Oct 00:00 in Miami), W4 (30 Sep 23:59 in Atlanta, 1 Oct in UTC), W5; not W1 (FY2019), W3 (FY2021)
    assertThat(fy.warrantsServed()).isEqualTo(3);
    assertThat(fy.byState()).containsExactly(
        new StateFigures("FL", 2, 3, 1),
        new StateFigures("GA", 1, 1, 1),
        new StateFigures("TX", 0, 0, 1));
  }

  @Test
  void neighbouringFiscalYearsTakeTheWarrantsAcrossTheBoundaries() {
    Figures fy2019 = statistics.fiscalYear("WSO", 2019);
    assertThat(fy2019.warrantsServed()).isEqualTo(1); // W1
    assertThat(fy2019.agreements()).isEqualTo(4); // ALPHA, BRAVO, DELTA, ECHO on 2019-09-30
    assertThat(fy2019.states()).isEqualTo(3);

    Figures fy2021 = statistics.fiscalYear("WSO", 2021);
    assertThat(fy2021.warrantsServed()).isEqualTo(1); // W3
    assertThat(fy2021.agreements()).isEqualTo(2); // ALPHA, CHARLIE; BRAVO ended 2020-12-31, ECHO 2020-10-01
    assertThat(fy2021.byState()).extracting(StateFigures::state).containsExactly("FL", "TX");
  }

  @Test
  void asOfCountsTheWarrantsServedSinceTheBeginning() {
    Figures onLastDay = statistics.asOf("WSO", LocalDate.of(2020, 9, 30));
    assertThat(onLastDay.servedFrom()).isNull();
    assertThat(onLastDay.warrantsServed()).isEqualTo(4); // W1, W2, W4, W5
    assertThat(onLastDay.agreements()).isEqualTo(3);
    assertThat(onLastDay.credentialedOfficers()).isEqualTo(4);

    assertThat(statistics.asOf("WSO", LocalDate.of(2019, 9, 30)).warrantsServed()).isEqualTo(1);
    assertThat(statistics.asOf("WSO", LocalDate.of(2020, 10, 1)).warrantsServed()).isEqualTo(5);
  }

  @Test
  void anAgreementCountsFromItsEffectiveDayAndNotOnTheDayItEnds() {
    // ECHO ends on 2020-10-01: no longer in force that day
    Figures first = statistics.asOf("WSO", LocalDate.of(2020, 10, 1));
    assertThat(first.agreements()).isEqualTo(2); // ALPHA, BRAVO
    assertThat(first.states()).isEqualTo(1);
    // ALPHA's c1, c3 (until 2 Oct), c4 (1 Oct 00:00 in Miami), c5; ECHO's c6 no longer (agreement ended)
    assertThat(first.credentialedOfficers()).isEqualTo(4);
    // cumulative warrants: W1, W2, W3 (FL), W4 (GA), W5 (TX), whatever the agreement now
    assertThat(first.byState()).containsExactly(
        new StateFigures("FL", 2, 4, 3),
        new StateFigures("GA", 0, 0, 1),
        new StateFigures("TX", 0, 0, 1));
  }

  @Test
  void anAgreementSignedAfterTheDateCountsOnceInForce() {
    Figures before = statistics.asOf("WSO", LocalDate.of(2020, 10, 14));
    assertThat(before.agreements()).isEqualTo(2); // ALPHA, BRAVO: CHARLIE takes effect on 15 Oct
    assertThat(before.states()).isEqualTo(1);
    Figures later = statistics.asOf("WSO", LocalDate.of(2020, 11, 1));
    assertThat(later.agreements()).isEqualTo(3); // ALPHA, BRAVO, CHARLIE
    assertThat(later.states()).isEqualTo(2);
    assertThat(later.byState()).containsExactly(
        new StateFigures("FL", 2, 3, 3), // c1, c4, c5 (c3 withdrawn 2 Oct); W1, W2, W3
        new StateFigures("GA", 0, 0, 1),
        new StateFigures("TX", 1, 0, 1));
  }

  @Test
  void anotherModelCountsItsOwnAgreementsOnly() {
    Figures jem = statistics.fiscalYear("jem", 2020);
    assertThat(jem.model()).isEqualTo("JEM");
    assertThat(jem.agreements()).isEqualTo(1);
    assertThat(jem.states()).isEqualTo(1);
    assertThat(jem.credentialedOfficers()).isZero();
    assertThat(jem.warrantsServed()).isZero();
    assertThat(jem.byState()).containsExactly(new StateFigures("AZ", 1, 0, 0));

    Figures tfm = statistics.asOf("TFM", LocalDate.of(2020, 9, 30));
    assertThat(tfm.agreements()).isZero();
    assertThat(tfm.byState()).isEmpty();
  }

  @Test
  void refusesAnUnknownModelAFiscalYearBeforeTheProgramAndAMissingDate() {
    assertThatThrownBy(() -> statistics.fiscalYear("XYZ", 2020))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("model"));
    assertThatThrownBy(() -> statistics.asOf(null, LocalDate.of(2020, 9, 30)))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("model"));
    assertThatThrownBy(() -> statistics.fiscalYear("WSO", 1996))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("fiscalYear"));
    assertThatThrownBy(() -> statistics.asOf("WSO", null))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("asOf"));
    assertThat(statistics.fiscalYear("WSO", 1997).agreements()).isZero();
  }

  private long agency(String name, String state, String fieldOffice) {
    jdbc.update("insert into agency (name, state, field_office_code, status, created_at) values (?, ?, ?, ?, ?)",
        name, state, fieldOffice, "OPERATIONAL", OffsetDateTime.parse("2018-01-01T00:00:00Z"));
    return jdbc.queryForObject("select id from agency where name = ?", Long.class, name);
  }

  private void moa(long agency, String model, String status, String effectiveOn, String endedOn) {
    jdbc.update("insert into moa (agency_id, model, status, effective_on, ended_on, source) values (?, ?, ?, ?, ?, ?)",
        agency, model, status, date(effectiveOn), date(endedOn), "ICE_LIST");
  }

  private long credential(long agency, String number, String status, String issuedAt, String endedAt) {
    String applicationNumber = "APP-" + number;
    jdbc.update("insert into application (number, agency_id, status, requested_officer_count, letter_date, "
        + "contact_name, contact_email, registered_by, registered_at) values (?, ?, 'APPROVED', 1, ?, 'c', 'c@x.gov', 'u', ?)",
        applicationNumber, agency, LocalDate.of(2018, 1, 1), OffsetDateTime.parse("2018-01-01T00:00:00Z"));
    long application = jdbc.queryForObject("select id from application where number = ?", Long.class, applicationNumber);
    jdbc.update("insert into candidate (agency_id, application_id, full_name, badge_number, email, us_citizen, status, "
        + "nominated_by, nominated_at) values (?, ?, ?, ?, 'o@x.gov', true, 'CREDENTIALED', 'u', ?)",
        agency, application, "Officer " + number, number, OffsetDateTime.parse("2018-01-01T00:00:00Z"));
    long candidate = jdbc.queryForObject("select id from candidate where badge_number = ?", Long.class, number);
    jdbc.update("insert into credential (number, candidate_id, agency_id, status, issued_at, form_70006_executed_on, "
        + "ended_at) values (?, ?, ?, ?, ?, ?, ?)",
        number, candidate, agency, status, OffsetDateTime.parse(issuedAt), LocalDate.of(2018, 1, 1),
        endedAt == null ? null : OffsetDateTime.parse(endedAt));
    return jdbc.queryForObject("select id from credential where number = ?", Long.class, number);
  }

  private void served(long agency, long credential, String number, String servedAt) {
    OffsetDateTime at = OffsetDateTime.parse(servedAt);
    jdbc.update("insert into warrant (number, agency_id, facility_name, subject_name, subject_booking_number, type, "
        + "issued_on, issuing_officer, scheduled_release_at, status, lodged_by, lodged_at) "
        + "values (?, ?, 'Jail', 'Subject', ?, 'I-200', ?, 'ERO', ?, 'SERVED', 'u', ?)",
        number, agency, number, LocalDate.of(2018, 1, 1), at.plusDays(1), at.minusHours(1));
    long warrant = jdbc.queryForObject("select id from warrant where number = ?", Long.class, number);
    jdbc.update("insert into warrant_service (warrant_id, officer_user_id, credential_id, served_at, interpreter_offered, "
        + "citizenship_claimed, custody_deadline, recorded_at) values (?, 'officer', ?, ?, false, false, ?, ?)",
        warrant, credential, at, at.plusHours(48), at);
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
