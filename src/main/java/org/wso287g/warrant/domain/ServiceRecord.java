package org.wso287g.warrant.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.wso287g.vetting.domain.Credential;

/** The service of a warrant: which officer, under which credential, when, and with which interpreter. */
@Entity
@Table(name = "warrant_service")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ServiceRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "warrant_id")
  private Warrant warrant;

  private String officerUserId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "credential_id")
  private Credential credential;

  private Instant servedAt;
  private boolean interpreterOffered;
  private String interpreterName;
  private boolean citizenshipClaimed;
  private Instant custodyDeadline;
  private Instant recordedAt;

  ServiceRecord(Warrant warrant, String officerUserId, Credential credential, Instant servedAt,
      boolean interpreterOffered, String interpreterName, boolean citizenshipClaimed, Instant custodyDeadline,
      Instant recordedAt) {
    this.warrant = warrant;
    this.officerUserId = officerUserId;
    this.credential = credential;
    this.servedAt = servedAt;
    this.interpreterOffered = interpreterOffered;
    this.interpreterName = interpreterName;
    this.citizenshipClaimed = citizenshipClaimed;
    this.custodyDeadline = custodyDeadline;
    this.recordedAt = recordedAt;
  }
}
