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

/** A state or local law-enforcement agency (LEA), identified by its FBI ORI once known. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Agency {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String ori;
  private String name;
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
    this.county = county;
    this.jailFacilityName = jailFacilityName;
    this.fieldOfficeCode = fieldOfficeCode;
    this.status = AgencyStatus.APPLICANT;
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

  public boolean isOperational() {
    return status == AgencyStatus.OPERATIONAL;
  }
}
