package org.wso287g.vetting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** ICE's written certification of an officer, and the FOD's authorisation letter that follows it. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Certification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "candidate_id")
  private Candidate candidate;

  private Instant certifiedAt;
  private LocalDate authorizationSignedOn;
  private String authorizationRecordedBy;

  Certification(Candidate candidate, Instant certifiedAt) {
    this.candidate = candidate;
    this.certifiedAt = certifiedAt;
  }

  void authorizationSigned(LocalDate on, String recordedBy) {
    this.authorizationSignedOn = on;
    this.authorizationRecordedBy = recordedBy;
  }
}
