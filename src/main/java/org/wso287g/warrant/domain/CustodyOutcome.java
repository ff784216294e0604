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

/**
 * How the warrant ended for the person: custody passed to ICE, the person was released after service,
 * or released because no WSO served the warrant in time (rule 12).
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustodyOutcome {

  public enum Outcome { TRANSFERRED, RELEASED, RELEASED_UNSERVED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "warrant_id")
  private Warrant warrant;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private Instant occurredAt;
  private String reason;
  private String recordedBy;
  private Instant recordedAt;

  CustodyOutcome(Warrant warrant, Outcome outcome, Instant occurredAt, String reason, String recordedBy,
      Instant recordedAt) {
    this.warrant = warrant;
    this.outcome = outcome;
    this.occurredAt = occurredAt;
    this.reason = reason;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }
}
