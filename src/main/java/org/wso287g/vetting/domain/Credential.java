package org.wso287g.vetting.domain;

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
import org.wso287g.onboarding.domain.Agency;

/** ICE credentials of a WSO (ICE property), issued after Form 70-006 is executed. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Credential {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "candidate_id")
  private Candidate candidate;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @Enumerated(EnumType.STRING)
  private CredentialStatus status;

  private Instant issuedAt;

  @jakarta.persistence.Column(name = "form_70006_executed_on")
  private LocalDate form70006ExecutedOn;

  private Instant endedAt;
  private String endReason;

  private Instant suspendedAt;
  private String suspensionReason;
  /** Suspended with its agency's MOA (lifted with it), not on its own (a complaint). */
  private boolean suspendedWithAgreement;

  /** The day the credential, ICE property, came back to the field office after it ended. */
  private LocalDate returnedOn;
  private String returnRecordedBy;

  /** Process 6: the day the officer leaves the agency, as its command staff gave notice of it. */
  private LocalDate departureOn;
  private String departureReason;
  private LocalDate departureNotifiedOn;
  private String departureNotifiedBy;
  /** Notice given less than the notice period (90 days) before the departure: accepted, and recorded. */
  private Boolean departureNoticeShort;

  Credential(String number, Candidate candidate, Instant issuedAt, LocalDate form70006ExecutedOn) {
    this.number = number;
    this.candidate = candidate;
    this.agency = candidate.getAgency();
    this.status = CredentialStatus.ACTIVE;
    this.issuedAt = issuedAt;
    this.form70006ExecutedOn = form70006ExecutedOn;
  }

  void end(CredentialStatus endStatus, String reason, Instant at) {
    this.status = endStatus;
    this.endReason = reason;
    this.endedAt = at;
  }

  void suspend(String reason, boolean withAgreement, Instant at) {
    this.status = CredentialStatus.SUSPENDED;
    this.suspensionReason = reason;
    this.suspendedWithAgreement = withAgreement;
    this.suspendedAt = at;
  }

  /** Back in service; the suspension stays on record in the history of the step that lifted it. */
  void reinstate() {
    this.status = CredentialStatus.ACTIVE;
    this.suspendedWithAgreement = false;
  }

  void departureNotified(LocalDate on, String reason, LocalDate notifiedOn, boolean shortNotice, String by) {
    this.departureOn = on;
    this.departureReason = reason;
    this.departureNotifiedOn = notifiedOn;
    this.departureNoticeShort = shortNotice;
    this.departureNotifiedBy = by;
  }

  void returned(LocalDate on, String recordedBy) {
    this.returnedOn = on;
    this.returnRecordedBy = recordedBy;
  }

  /** A departure was notified and the credential has not ended yet: it departs on {@link #getDepartureOn()}. */
  public boolean isDeparturePending() {
    return departureOn != null && !status.isEnded();
  }

  public boolean isActive() {
    return status == CredentialStatus.ACTIVE;
  }
}
