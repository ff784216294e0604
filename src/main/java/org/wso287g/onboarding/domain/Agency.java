package org.wso287g.onboarding.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.wso287g.access.Jurisdiction;
import org.wso287g.fieldoffice.FieldOfficeCalendar;

/** A state or local law-enforcement agency (LEA), identified by its FBI ORI once known. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Agency implements FieldOfficeCalendar.Place {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String ori;
  private String name;
  /** {@link AgencyNames#normalize(String)} of the name: with the state, matches ICE's lists (no ORI). */
  private String normalizedName;
  private String state;
  private String county;
  private String jailFacilityName;
  private String fieldOfficeCode;

  @Enumerated(EnumType.STRING)
  private AgencyStatus status;

  private LocalDate operationalSince;
  private Instant createdAt;

  public Agency(String ori, String name, String state, String county, String jailFacilityName,
      String fieldOfficeCode, Instant createdAt) {
    this.ori = ori;
    this.name = name;
    this.normalizedName = AgencyNames.normalize(name);
    this.state = state;
    this.county = county;
    this.jailFacilityName = jailFacilityName;
    this.fieldOfficeCode = fieldOfficeCode;
    this.status = AgencyStatus.PROSPECT;
    this.createdAt = createdAt;
  }

  /** A new letter of interest brings the agency's details up to date. */
  void applied(String name, String county, String jailFacilityName, String fieldOfficeCode) {
    this.name = name;
    this.normalizedName = AgencyNames.normalize(name);
    this.county = county;
    this.jailFacilityName = jailFacilityName;
    this.fieldOfficeCode = fieldOfficeCode;
    this.status = AgencyStatus.APPLICANT;
  }

  /** An agency known from ICE's lists (no ORI) applies: its ORI becomes known. */
  void identified(String ori) {
    if (this.ori != null) {
      throw new IllegalStateException("Agency " + id + " already has the ORI " + this.ori + ".");
    }
    this.ori = ori;
  }

  /**
   * ICE's list of participating agencies shows an active WSO agreement for an agency on record as a
   * mere prospect: it is taken as operational (the list does not say when operations started, so
   * {@code operationalSince} stays empty). An agency further along the participation path of this
   * application keeps its status.
   */
  public void wsoAgreementImported() {
    if (status == AgencyStatus.PROSPECT) {
      this.status = AgencyStatus.OPERATIONAL;
    }
  }

  void moaActivated() {
    this.status = AgencyStatus.MOA_ACTIVE;
  }

  void operational(LocalDate since) {
    this.status = AgencyStatus.OPERATIONAL;
    this.operationalSince = since;
  }

  void applicationClosed() {
    if (status == AgencyStatus.APPLICANT) {
      this.status = AgencyStatus.PROSPECT;
    }
  }

  void agreementEnded(AgencyStatus endStatus) {
    this.status = endStatus;
  }

  /** The MOA's suspension is lifted: operational again, or back to waiting for its first officer. */
  void suspensionLifted() {
    this.status = operationalSince != null ? AgencyStatus.OPERATIONAL : AgencyStatus.MOA_ACTIVE;
  }

  /** Where the agency belongs, for the access policy: its field office and ORI on record. */
  public Jurisdiction jurisdiction() {
    return new Jurisdiction(fieldOfficeCode, ori);
  }

  public boolean isOperational() {
    return status == AgencyStatus.OPERATIONAL;
  }
}
