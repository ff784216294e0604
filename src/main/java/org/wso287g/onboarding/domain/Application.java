package org.wso287g.onboarding.domain;

import jakarta.persistence.Column;
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

/** One letter of interest and what became of it. The number is the process business key. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Application {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  /**
   * Rule 4 for the database (rule 13): the agency's id while this application is {@link
   * ApplicationStatus#OPEN open}, empty once it is closed. Unique, so of two letters for one agency
   * sent at the same moment only one is recorded; empty values never collide.
   */
  @Column(name = "open_agency_id")
  private Long openAgencyId;

  private int requestedOfficerCount;
  private LocalDate letterDate;
  private String contactName;
  private String contactEmail;
  private String registeredBy;
  private Instant registeredAt;

  @Enumerated(EnumType.STRING)
  private ReviewDecision reviewDecision;

  private String reviewComment;
  private String reviewedBy;
  private Instant reviewedAt;
  private String moreInformationResponse;
  private Instant closedAt;

  Application(String number, Agency agency, LetterOfInterest letter, String registeredBy, Instant registeredAt) {
    this.number = number;
    this.agency = agency;
    moveTo(ApplicationStatus.UNDER_REVIEW);
    this.requestedOfficerCount = letter.requestedOfficerCount();
    this.letterDate = letter.letterDate();
    this.contactName = letter.contactName();
    this.contactEmail = letter.contactEmail();
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  void reviewed(ReviewDecision decision, String comment, String by, Instant at) {
    this.reviewDecision = decision;
    this.reviewComment = comment;
    this.reviewedBy = by;
    this.reviewedAt = at;
    moveTo(switch (decision) {
      case APPROVED -> ApplicationStatus.APPROVED;
      case DECLINED -> ApplicationStatus.DECLINED;
      case MORE_INFO -> ApplicationStatus.MORE_INFO_REQUESTED;
    });
    if (decision == ReviewDecision.DECLINED) {
      this.closedAt = at;
    }
  }

  /**
   * Entered for an agreement already in force (imported from ICE's list): there is nothing to review
   * or sign, the application stands where an approved one with an ACTIVE MOA stands.
   */
  void agreementAlreadyInForce() {
    moveTo(ApplicationStatus.APPROVED);
  }

  void answered(String response) {
    this.moreInformationResponse = response;
    moveTo(ApplicationStatus.UNDER_REVIEW);
  }

  void withdrawn(Instant at) {
    moveTo(ApplicationStatus.WITHDRAWN);
    this.closedAt = at;
  }

  void agreementEnded(Instant at) {
    moveTo(ApplicationStatus.AGREEMENT_ENDED);
    this.closedAt = at;
  }

  private void moveTo(ApplicationStatus next) {
    this.status = next;
    this.openAgencyId = ApplicationStatus.OPEN.contains(next) ? agency.getId() : null;
  }
}
