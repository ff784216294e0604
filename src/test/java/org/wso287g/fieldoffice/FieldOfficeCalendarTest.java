package org.wso287g.fieldoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wso287g.onboarding.domain.TestClock;

/** Rule 11's time zones as the reference data (Flyway V9) holds them, in Java and in the SQL view alike. */
@DataJpaTest
@Import({FieldOfficeCalendar.class, TestClock.Config.class})
class FieldOfficeCalendarTest {

  @Autowired FieldOfficeCalendar calendar;
  @Autowired FieldOfficeRepository offices;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;

  @BeforeEach
  void now() {
    clock.reset();
  }

  @Test
  void everyFieldOfficeHasTheZoneOfItsSeatCity() {
    List<FieldOffice> all = offices.findAll();
    assertThat(all).hasSize(25).allSatisfy(office -> assertThat(office.getTimeZone()).isNotBlank());
    assertThat(calendar.zone("NOL", "LA")).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(calendar.zone("ATL", "GA")).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(calendar.zone("PHO", "AZ")).isEqualTo(ZoneId.of("America/Phoenix"));
    assertThat(calendar.zone("ELP", "TX")).isEqualTo(ZoneId.of("America/Denver"));
    assertThat(calendar.zone("SEA", "WA")).isEqualTo(ZoneId.of("America/Los_Angeles"));
  }

  @Test
  void guamAndSaipanAreJudgedInGuamTimeWhileSanFranciscosCaliforniaAgenciesAreInCaliforniaTime() {
    assertThat(calendar.zone("SFR", "GU")).isEqualTo(ZoneId.of("Pacific/Guam"));
    assertThat(calendar.zone("SFR", "MP")).isEqualTo(ZoneId.of("Pacific/Guam"));
    assertThat(calendar.zone("SFR", "CA")).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(calendar.zone("SFR", "HI")).isEqualTo(ZoneId.of("Pacific/Honolulu"));

    clock.set("2026-03-19T22:00:00Z");
    assertThat(calendar.today("SFR", "GU")).isEqualTo(LocalDate.of(2026, 3, 20)); // 08:00
    assertThat(calendar.today("SFR", "CA")).isEqualTo(LocalDate.of(2026, 3, 19)); // 15:00
    assertThat(calendar.today("NOL", "LA")).isEqualTo(LocalDate.of(2026, 3, 19)); // 17:00
  }

  @Test
  void theDayOfAMomentAndTheStartOfADayAreTheAgencysLocalOnes() {
    Instant lateInNewOrleans = OffsetDateTime.parse("2020-09-30T23:30:00-05:00").toInstant();
    assertThat(calendar.dayOf(lateInNewOrleans, "NOL", "LA")).isEqualTo(LocalDate.of(2020, 9, 30));
    assertThat(calendar.dayOf(lateInNewOrleans, "NYC", "NY")).isEqualTo(LocalDate.of(2020, 10, 1));
    assertThat(calendar.startOf(LocalDate.of(2026, 3, 15), "NOL", "LA")).isEqualTo(Instant.parse("2026-03-15T05:00:00Z"));
    assertThat(calendar.startOf(LocalDate.of(2026, 3, 15), "SFR", "GU")).isEqualTo(Instant.parse("2026-03-14T14:00:00Z"));
  }

  @Test
  void anUnknownFieldOfficeIsAFault() {
    assertThatThrownBy(() -> calendar.zone("ZZZ", "LA"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No field office ZZZ is on record.");
  }

  /** The statistics read the SQL view; the rules read FieldOffice: for every state of every office they agree. */
  @Test
  void theSqlViewGivesEveryAgencyTheZoneTheRulesJudgeItIn() {
    int n = 0;
    for (FieldOffice office : offices.findAll()) {
      for (String state : office.getStates().split(",")) {
        String name = "Agency " + n++;
        jdbc.update("insert into agency (name, state, field_office_code, status, created_at) values (?, ?, ?, 'APPLICANT', ?)",
            name, state, office.getCode(), OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        String viewed = jdbc.queryForObject("select t.time_zone from agency_time_zone t join agency a on a.id = t.agency_id "
            + "where a.name = ?", String.class, name);
        assertThat(ZoneId.of(viewed)).as(office.getCode() + " " + state).isEqualTo(office.zoneFor(state));
      }
    }
    assertThat(n).isGreaterThan(25);
  }
}
