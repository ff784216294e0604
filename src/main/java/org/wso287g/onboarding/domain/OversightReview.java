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
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Findings of an initial review or an annual compliance meeting (fact sheet step 6), with the day it
 * was due and, for a review that found the agency not compliant, the correction: the agency's plan
 * and date, the Field Office Director's verification and headquarters' last decision. A finding is
 * not corrected while {@code compliant} is false and {@code correctedAt} is empty.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OversightReview {

  public enum Kind { INITIAL, ANNUAL }

  /** Headquarters' decision on a finding that was not corrected by its date. */
  public enum NonComplianceDecision { EXTEND, GIVE_NOTICE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "moa_id")
  private Moa moa;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private boolean compliant;
  private String findings;
  private String reviewedBy;
  private Instant reviewedAt;
  /** The day the review was due, in the field office's zone; empty for reviews recorded before it was kept. */
  private LocalDate dueOn;

  private String correctiveActions;
  private LocalDate correctionDueOn;
  private String correctionFindings;
  private Instant correctedAt;
  private String correctionVerifiedBy;
  @Enumerated(EnumType.STRING)
  private NonComplianceDecision nonComplianceDecision;

  OversightReview(Moa moa, Kind kind, boolean compliant, String findings, String reviewedBy, Instant reviewedAt,
      LocalDate dueOn) {
    this.moa = moa;
    this.kind = kind;
    this.compliant = compliant;
    this.findings = findings;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
    this.dueOn = dueOn;
  }

  /** A finding that still needs its correction: not compliant and not verified corrected. */
  public boolean isFindingOpen() {
    return !compliant && correctedAt == null;
  }

  void correctionPlanned(String actions, LocalDate dueOn) {
    this.correctiveActions = actions;
    this.correctionDueOn = dueOn;
  }

  void correctionVerified(boolean corrected, String verificationFindings, String verifiedBy, Instant at) {
    this.correctionFindings = verificationFindings;
    this.correctionVerifiedBy = verifiedBy;
    this.correctedAt = corrected ? at : null;
  }

  void nonComplianceDecided(NonComplianceDecision decision, LocalDate newCorrectionDueOn) {
    this.nonComplianceDecision = decision;
    if (decision == NonComplianceDecision.EXTEND) {
      this.correctionDueOn = newCorrectionDueOn;
    }
  }
}
