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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** Findings of an initial review or an annual compliance meeting (fact sheet step 6). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class OversightReview {

  public enum Kind { INITIAL, ANNUAL }

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

  OversightReview(Moa moa, Kind kind, boolean compliant, String findings, String reviewedBy, Instant reviewedAt) {
    this.moa = moa;
    this.kind = kind;
    this.compliant = compliant;
    this.findings = findings;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
  }
}
