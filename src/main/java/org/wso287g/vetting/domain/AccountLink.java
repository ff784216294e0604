package org.wso287g.vetting.domain;

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
import org.wso287g.onboarding.domain.Agency;

/**
 * An administrator's decision that an existing account is this person's (rule 9): the officer
 * nominated with this e-mail, or with this badge number in this agency, serves under {@code userId}
 * instead of a new account.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AccountLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Lower case, as nominations record it; empty when the link names the agency and badge. */
  private String email;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "agency_id")
  private Agency agency;

  private String badgeNumber;
  private String userId;
  private String linkedBy;
  private Instant linkedAt;

  public AccountLink(String email, Agency agency, String badgeNumber, String userId, String linkedBy, Instant linkedAt) {
    this.email = email;
    this.agency = agency;
    this.badgeNumber = badgeNumber;
    this.userId = userId;
    this.linkedBy = linkedBy;
    this.linkedAt = linkedAt;
  }

  /** A link by agency and badge names the person more precisely than one by e-mail. */
  boolean byBadge() {
    return agency != null;
  }
}
