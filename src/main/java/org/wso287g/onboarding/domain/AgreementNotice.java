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
 * One notice on an agreement, kept for the record: pending through its notice period, then in effect
 * or withdrawn; a suspension in effect is later lifted.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AgreementNotice {

  public enum Status { PENDING, WITHDRAWN, IN_EFFECT, LIFTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "moa_id")
  private Moa moa;

  private String noticeFrom;
  private String kind;
  private String reason;
  private boolean exigent;
  private LocalDate receivedOn;
  private String delivery;
  /** When the notice takes effect: at once when exigent, otherwise the notice period after receipt. */
  private Instant effectiveAt;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String givenBy;
  private Instant givenAt;
  private String closedBy;
  private Instant closedAt;
  private String closeReason;

  AgreementNotice(Moa moa, Notice notice, LocalDate receivedOn, Instant effectiveAt, String givenBy, Instant givenAt) {
    this.moa = moa;
    this.noticeFrom = notice.from();
    this.kind = notice.kind();
    this.reason = notice.reason().trim();
    this.exigent = notice.exigent();
    this.receivedOn = receivedOn;
    this.delivery = notice.delivery();
    this.effectiveAt = effectiveAt;
    this.status = Status.PENDING;
    this.givenBy = givenBy;
    this.givenAt = givenAt;
  }

  public boolean isSuspension() {
    return Notice.SUSPENSION.equals(kind);
  }

  void takesEffect() {
    this.status = Status.IN_EFFECT;
  }

  void close(Status closed, String by, String why, Instant at) {
    this.status = closed;
    this.closedBy = by;
    this.closeReason = why;
    this.closedAt = at;
  }
}
