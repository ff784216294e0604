package org.wso287g.warrant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.wso287g.onboarding.domain.Agency;

/** An ICE administrative warrant (I-200 or I-205) lodged with a partner agency's jail. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Warrant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  private String facilityName;
  private String subjectName;
  private String subjectBookingNumber;
  private String type;
  private LocalDate issuedOn;
  private String issuingOfficer;
  private Instant scheduledReleaseAt;

  @Enumerated(EnumType.STRING)
  private WarrantStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  private String lodgedBy;
  private Instant lodgedAt;
  private Instant closedAt;
  private String rescheduledBy;
  private Instant rescheduledAt;

  Warrant(LodgedWarrant lodged, Agency agency, String lodgedBy, Instant lodgedAt) {
    this.number = lodged.warrantNumber();
    this.agency = agency;
    this.facilityName = lodged.facilityName();
    this.subjectName = lodged.subjectName();
    this.subjectBookingNumber = lodged.subjectBookingNumber();
    this.type = lodged.warrantType();
    this.issuedOn = lodged.warrantIssuedOn();
    this.issuingOfficer = lodged.issuingOfficer();
    this.scheduledReleaseAt = lodged.scheduledReleaseAt();
    this.status = WarrantStatus.LODGED;
    this.lodgedBy = lodgedBy;
    this.lodgedAt = lodgedAt;
  }

  void rescheduled(Instant releaseAt, String by, Instant at) {
    this.scheduledReleaseAt = releaseAt;
    this.rescheduledBy = by;
    this.rescheduledAt = at;
  }

  void moveTo(WarrantStatus next, String reason, Instant at) {
    this.status = next;
    this.statusReason = reason;
    if (next != WarrantStatus.SERVED) {
      this.closedAt = at;
    }
  }
}
