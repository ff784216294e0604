package org.wso287g.complaint.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Process 4, step 1: ICE must know of a complaint within 48 hours of its receipt, Saturdays and
 * Sundays not counted. The hours are counted on the calendar of the agency's field office (rule 11):
 * a weekend is the Saturday and Sunday there, not the server's.
 */
public final class ComplaintDeadline {

  static final Duration NOTICE_PERIOD = Duration.ofHours(48);

  private ComplaintDeadline() {}

  /** The moment 48 weekday hours after {@code receivedAt}, weekends in {@code zone} skipped. */
  public static Instant noticeDueAt(Instant receivedAt, ZoneId zone) {
    Duration remaining = NOTICE_PERIOD;
    ZonedDateTime cursor = skipWeekend(receivedAt.atZone(zone));
    while (true) {
      ZonedDateTime endOfDay = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
      Duration available = Duration.between(cursor, endOfDay);
      if (remaining.compareTo(available) <= 0) {
        return cursor.plus(remaining).toInstant();
      }
      remaining = remaining.minus(available);
      cursor = skipWeekend(endOfDay);
    }
  }

  private static ZonedDateTime skipWeekend(ZonedDateTime moment) {
    ZonedDateTime cursor = moment;
    while (cursor.getDayOfWeek() == DayOfWeek.SATURDAY || cursor.getDayOfWeek() == DayOfWeek.SUNDAY) {
      cursor = cursor.toLocalDate().plusDays(1).atStartOfDay(cursor.getZone());
    }
    return cursor;
  }
}
