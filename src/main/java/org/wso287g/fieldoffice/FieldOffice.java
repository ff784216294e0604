package org.wso287g.fieldoffice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An ERO field office (reference data, seeded by Flyway): code, name, area of responsibility and the
 * time zone its days are counted in (rule 11).
 */
@Entity
@Table(name = "field_office")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FieldOffice {

  @Id private String code;
  private String name;
  private String states;
  /** The zone of the office's seat city. */
  private String timeZone;

  /** States served from a sub-office in another zone (SFR's Guam and Saipan office: Pacific/Guam). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "field_office_state_zone", joinColumns = @JoinColumn(name = "field_office_code"))
  @MapKeyColumn(name = "state")
  @Column(name = "time_zone")
  @Getter(AccessLevel.NONE)
  private Map<String, String> stateZones = new HashMap<>();

  public boolean serves(String state) {
    return Arrays.asList(states.split(",")).contains(state);
  }

  /**
   * The zone an agency of {@code state} in this office's area is judged in: its sub-office's zone where
   * one is on record, otherwise the office's (the SQL view {@code agency_time_zone} reads it the same way).
   */
  public ZoneId zoneFor(String state) {
    return ZoneId.of(stateZones.getOrDefault(state, timeZone));
  }

  /** The lower-case code used in group ids ({@code fo-nol-director}). */
  public String groupCode() {
    return code.toLowerCase();
  }
}
