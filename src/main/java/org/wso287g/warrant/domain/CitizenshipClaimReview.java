package org.wso287g.warrant.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** ERO's review of a claim of US citizenship the person made at service, and its escalation. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CitizenshipClaimReview {

  public enum Decision { UNSUBSTANTIATED, SUBSTANTIATED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "warrant_id")
  private Warrant warrant;

  private Instant escalatedAt;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  private String notes;
  private String reviewedBy;
  private Instant reviewedAt;

  CitizenshipClaimReview(Warrant warrant) {
    this.warrant = warrant;
  }

  void escalated(Instant at) {
    this.escalatedAt = at;
  }

  void decided(Decision decision, String notes, String by, Instant at) {
    this.decision = decision;
    this.notes = notes;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }
}
