package org.wso287g.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** 48 hours from receipt, Saturdays and Sundays in the field office's zone not counted. */
class ComplaintDeadlineTest {

  static final ZoneId NOL = ZoneId.of("America/Chicago");

  private static Instant at(String local) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(local), NOL).toInstant();
  }

  @Test
  void midWeekIsTwoDaysLater() {
    assertThat(ComplaintDeadline.noticeDueAt(at("2026-12-02T10:00"), NOL)).isEqualTo(at("2026-12-04T10:00"));
  }

  @Test
  void theWeekendInBetweenIsNotCounted() {
    assertThat(ComplaintDeadline.noticeDueAt(at("2026-12-03T10:00"), NOL)).isEqualTo(at("2026-12-07T10:00"));
  }

  @Test
  void receivedOnASaturdayCountsFromMondayMorning() {
    assertThat(ComplaintDeadline.noticeDueAt(at("2026-12-05T15:00"), NOL)).isEqualTo(at("2026-12-09T00:00"));
  }

  @Test
  void receivedFridayEveningRunsIntoTuesday() {
    assertThat(ComplaintDeadline.noticeDueAt(at("2026-12-04T20:00"), NOL)).isEqualTo(at("2026-12-08T20:00"));
  }

  @Test
  void theWeekendIsTheFieldOfficesNotUtc() {
    // Friday 20:00 in Chicago is already Saturday 02:00 UTC: still four Friday hours count.
    Instant fridayEvening = at("2026-12-04T20:00");
    assertThat(ComplaintDeadline.noticeDueAt(fridayEvening, NOL))
        .isNotEqualTo(ComplaintDeadline.noticeDueAt(fridayEvening, ZoneId.of("UTC")));
  }
}
