package org.wso287g.complaint.domain;

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
import org.wso287g.vetting.domain.Credential;

/**
 * One complaint or allegation about a WSO partner (Process 4): when it was received and recorded, the
 * 48-hour notice it was due by, ERO's referral, the Field Office Director's outcome and the notice to
 * the parties, each with who recorded it and when (rule 7).
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_number")
  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  /** The officer complained of, when a designated officer; empty otherwise. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "credential_id")
  private Credential credential;

  private Instant receivedAt;
  private Instant noticeDueAt;
  private Instant recordedAt;
  /** Recorded after {@link #noticeDueAt}: accepted, and counted as a late notice. */
  private boolean recordedLate;
  private Instant resolutionDueAt;

  @Enumerated(EnumType.STRING)
  private ComplaintStatus status;

  @Enumerated(EnumType.STRING)
  private ComplaintSource source;

  @Enumerated(EnumType.STRING)
  private Allegation allegation;

  private String allegationSummary;
  private String recordedBy;

  private String oprReference;
  private LocalDate oprNotifiedOn;
  @Enumerated(EnumType.STRING)
  private InterimAction interimAction;
  private String referredBy;
  private Instant referredAt;

  @Enumerated(EnumType.STRING)
  private InvestigationOutcome investigationOutcome;
  private String outcomeSummary;
  @Enumerated(EnumType.STRING)
  private OfficerAction officerAction;
  private String decidedBy;
  private Instant decidedAt;
  /** When the outcome was overdue and headquarters was offered the task. */
  private Instant escalatedAt;

  private LocalDate partiesNotifiedOn;
  private String notifiedBy;
  private Instant notifiedAt;

  Complaint(String number, Agency agency, Credential credential, Instant receivedAt, Instant noticeDueAt,
      Instant resolutionDueAt, ComplaintSource source, Allegation allegation, String allegationSummary,
      String recordedBy, Instant recordedAt) {
    this.number = number;
    this.agency = agency;
    this.credential = credential;
    this.receivedAt = receivedAt;
    this.noticeDueAt = noticeDueAt;
    this.resolutionDueAt = resolutionDueAt;
    this.source = source;
    this.allegation = allegation;
    this.allegationSummary = allegationSummary;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.recordedLate = recordedAt.isAfter(noticeDueAt);
    this.status = ComplaintStatus.RECORDED;
  }

  void referred(String reference, LocalDate notifiedOn, InterimAction action, String actor, Instant at) {
    this.oprReference = reference;
    this.oprNotifiedOn = notifiedOn;
    this.interimAction = action;
    this.referredBy = actor;
    this.referredAt = at;
    this.status = ComplaintStatus.REFERRED;
  }

  void decided(InvestigationOutcome outcome, String summary, OfficerAction action, String actor, Instant at) {
    this.investigationOutcome = outcome;
    this.outcomeSummary = summary;
    this.officerAction = action;
    this.decidedBy = actor;
    this.decidedAt = at;
    this.status = ComplaintStatus.OUTCOME_RECORDED;
  }

  void escalated(Instant at) {
    if (escalatedAt == null) {
      this.escalatedAt = at;
    }
  }

  void partiesNotified(LocalDate on, String actor, Instant at) {
    this.partiesNotifiedOn = on;
    this.notifiedBy = actor;
    this.notifiedAt = at;
    this.status = ComplaintStatus.RESOLVED;
  }

  /** The officer's credential was suspended by this complaint (the referral's interim action). */
  public boolean suspendedTheOfficer() {
    return interimAction == InterimAction.SUSPEND_OFFICER;
  }
}
