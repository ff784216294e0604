package org.wso287g.fieldoffice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What day it is where an agency works (rule 11): "today", "not in the future" and the calendar day of
 * a moment are judged in the time zone of the agency's field office (or of the sub-office serving its
 * state), never in the server's. Every domain rule that compares a date with today asks here.
 *
 * <p>An agency is named by its field office code and its state, as the records hold them: either
 * given apart (a letter not yet recorded, a served-warrant event) or as an agency record ({@link Place}).
 */
@Component
public class FieldOfficeCalendar {

  /** An agency as its record holds it: the field office it belongs to and the state it is in. */
  public interface Place {
    String getFieldOfficeCode();

    String getState();
  }

  private final FieldOfficeRepository offices;
  private final Clock clock;
  /** Reference data changes only with a migration, that is with a restart. */
  private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

  public FieldOfficeCalendar(FieldOfficeRepository offices, Clock clock) {
    this.offices = offices;
    this.clock = clock;
  }

  /**
   * The zone of an agency of {@code state} in the area of {@code fieldOfficeCode}.
   *
   * @throws IllegalStateException when no such field office is on record (an agency always has one)
   */
  public ZoneId zone(String fieldOfficeCode, String state) {
    return zones.computeIfAbsent(fieldOfficeCode + "/" + state, key -> offices.findById(fieldOfficeCode)
        .orElseThrow(() -> new IllegalStateException("No field office " + fieldOfficeCode + " is on record."))
        .zoneFor(state));
  }

  /** Today in that agency's zone. */
  public LocalDate today(String fieldOfficeCode, String state) {
    return LocalDate.now(clock.withZone(zone(fieldOfficeCode, state)));
  }

  /** The calendar day of {@code instant} in that agency's zone. */
  public LocalDate dayOf(Instant instant, String fieldOfficeCode, String state) {
    return LocalDate.ofInstant(instant, zone(fieldOfficeCode, state));
  }

  /** The first moment of {@code day} in that agency's zone. */
  public Instant startOf(LocalDate day, String fieldOfficeCode, String state) {
    return day.atStartOfDay(zone(fieldOfficeCode, state)).toInstant();
  }

  /**
   * Today for input naming no known field office or agency, which is refused for that anyway: the UTC
   * day, so that its other fields can still be checked and named.
   */
  public LocalDate todayWithoutAnOffice() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  public LocalDate today(Place agency) {
    return today(agency.getFieldOfficeCode(), agency.getState());
  }

  public LocalDate dayOf(Instant instant, Place agency) {
    return dayOf(instant, agency.getFieldOfficeCode(), agency.getState());
  }

  public Instant startOf(LocalDate day, Place agency) {
    return startOf(day, agency.getFieldOfficeCode(), agency.getState());
  }
}
