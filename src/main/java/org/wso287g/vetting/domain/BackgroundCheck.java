package org.wso287g.vetting.domain;

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

/** ICE personnel security's result for one candidate (fact sheet step 4). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class BackgroundCheck {

  public enum Result { CLEARED, NOT_CLEARED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "candidate_id")
  private Candidate candidate;

  @Enumerated(EnumType.STRING)
  private Result result;

  private String notes;
  private String decidedBy;
  private Instant decidedAt;

  BackgroundCheck(Candidate candidate, Result result, String notes, String decidedBy, Instant decidedAt) {
    this.candidate = candidate;
    this.result = result;
    this.notes = notes;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }
}
