package org.wso287g.onboarding.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The WSO memorandum of agreement of one approved application: who signed it and when, and its
 * status. Effective on the later signature date, no expiry, ended by notice.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Moa {

  public static final String WSO = "WSO";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  private String model;

  @Enumerated(EnumType.STRING)
  private MoaStatus status;

  private String templateRevision;
  private String fodContactName;
  private String fodContactEmail;
  private String preparedBy;
  private String leaSignatoryName;
  private String leaSignatoryTitle;
  private LocalDate leaSignedOn;
  private String leaRecordedBy;
  private String iceSignatoryName;
  private LocalDate iceSignedOn;
  private String iceRecordedBy;
  private LocalDate effectiveOn;
  private String noticeFrom;
  private String noticeKind;
  private String noticeReason;
  private Boolean noticeExigent;
  private Instant noticeReceivedAt;
  private LocalDate endedOn;

  Moa(Application application, String templateRevision, String fodContactName, String fodContactEmail,
      String preparedBy) {
    this.application = application;
    this.agency = application.getAgency();
    this.model = WSO;
    this.status = MoaStatus.DRAFT;
    this.templateRevision = templateRevision;
    this.fodContactName = fodContactName;
    this.fodContactEmail = fodContactEmail;
    this.preparedBy = preparedBy;
  }

  void signedByAgency(String name, String title, LocalDate on, String recordedBy) {
    this.leaSignatoryName = name;
    this.leaSignatoryTitle = title;
    this.leaSignedOn = on;
    this.leaRecordedBy = recordedBy;
    this.status = MoaStatus.SIGNED_BY_AGENCY;
  }

  /** The second signature: the MOA is in force from the later of the two dates. */
  void signedByIceAndActivated(String name, LocalDate on, String recordedBy) {
    this.iceSignatoryName = name;
    this.iceSignedOn = on;
    this.iceRecordedBy = recordedBy;
    this.effectiveOn = on.isAfter(leaSignedOn) ? on : leaSignedOn;
    this.status = MoaStatus.ACTIVE;
  }

  void noticeReceived(Notice notice, Instant at) {
    this.noticeFrom = notice.from();
    this.noticeKind = notice.kind();
    this.noticeReason = notice.reason();
    this.noticeExigent = notice.exigent();
    this.noticeReceivedAt = at;
  }

  void ended(MoaStatus endStatus, LocalDate on) {
    this.status = endStatus;
    this.endedOn = on;
  }

  public boolean isActive() {
    return status == MoaStatus.ACTIVE;
  }
}
