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
  public static final String JEM = "JEM";
  public static final String TFM = "TFM";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /**
   * Empty for an agreement imported from ICE's list ({@link MoaSource#ICE_LIST}) until headquarters
   * brings it into the participation path (agreements already in force).
   */
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "application_id")
  private Application application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  /** {@code WSO}, or for an imported agreement also {@code JEM} (jail enforcement) or {@code TFM} (task force). */
  private String model;

  @Enumerated(EnumType.STRING)
  private MoaStatus status;

  @Enumerated(EnumType.STRING)
  private MoaSource source;

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
  private String noticeGivenBy;
  private LocalDate endedOn;

  Moa(Application application, String templateRevision, String fodContactName, String fodContactEmail,
      String preparedBy) {
    this.application = application;
    this.agency = application.getAgency();
    this.model = WSO;
    this.status = MoaStatus.DRAFT;
    this.source = MoaSource.WORKFLOW;
    this.templateRevision = templateRevision;
    this.fodContactName = fodContactName;
    this.fodContactEmail = fodContactEmail;
    this.preparedBy = preparedBy;
  }

  private Moa(Agency agency, String model, LocalDate signedOn) {
    this.agency = agency;
    this.model = model;
    this.status = MoaStatus.ACTIVE;
    this.source = MoaSource.ICE_LIST;
    this.effectiveOn = signedOn;
  }

  /**
   * An agreement as ICE's list of participating agencies shows it: active, in force from the SIGNED
   * date of the list, with no application, signatories or template on record here.
   */
  public static Moa importedFromIceList(Agency agency, String model, LocalDate signedOn) {
    return new Moa(agency, model, signedOn);
  }

  /**
   * An imported agreement enters the participation path (agreements already in force): the
   * application entered for it is its application from now on; status and effective date stay.
   */
  void linkedTo(Application application) {
    if (this.application != null) {
      throw new IllegalStateException("Agreement " + id + " is already the agreement of application "
          + this.application.getNumber() + ".");
    }
    this.application = application;
  }

  public boolean isImported() {
    return source == MoaSource.ICE_LIST;
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

  void noticeReceived(Notice notice, Instant at, String by) {
    this.noticeGivenBy = by;
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

  void suspensionLifted() {
    this.status = MoaStatus.ACTIVE;
    this.endedOn = null;
  }

  public boolean isActive() {
    return status == MoaStatus.ACTIVE;
  }
}
