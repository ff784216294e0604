package org.wso287g.warrant.domain;

import jakarta.persistence.Entity;
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

/** The agency told ICE immediately after service (to the field office's ERO group). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IceNotification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "warrant_id")
  private Warrant warrant;

  private String recipientGroup;
  private String subject;
  private Instant notifiedAt;

  IceNotification(Warrant warrant, String recipientGroup, String subject, Instant notifiedAt) {
    this.warrant = warrant;
    this.recipientGroup = recipientGroup;
    this.subject = subject;
    this.notifiedAt = notifiedAt;
  }
}
