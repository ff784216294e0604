package org.wso287g.vetting.domain;

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
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.Application;

/** A nominated candidate; once credentialed, a Warrant Service Officer of the agency. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Candidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  private String fullName;
  private String badgeNumber;
  private String email;
  private boolean usCitizen;

  @Enumerated(EnumType.STRING)
  private CandidateStatus status;

  /** The account the officer serves under, recorded with the credential (rule 9: one person, one account). */
  private String userId;
  private String nominatedBy;
  private Instant nominatedAt;

  Candidate(Application application, Nomination nomination, String nominatedBy, Instant nominatedAt) {
    this.agency = application.getAgency();
    this.application = application;
    this.fullName = nomination.fullName();
    this.badgeNumber = nomination.badgeNumber();
    this.email = nomination.email();
    this.usCitizen = nomination.usCitizen();
    this.status = CandidateStatus.NOMINATED;
    this.nominatedBy = nominatedBy;
    this.nominatedAt = nominatedAt;
  }

  void moveTo(CandidateStatus next) {
    this.status = next;
  }

  void credentialed(String userId) {
    this.userId = userId;
    this.status = CandidateStatus.CREDENTIALED;
  }
}
