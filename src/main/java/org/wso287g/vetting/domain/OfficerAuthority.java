package org.wso287g.vetting.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.Text;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.MoaRepository;

/**
 * Rule 1: only an officer whose credential is active for the agency that holds the person may serve
 * (background cleared, trained, exam passed, authorised, not withdrawn, MOA active). And the action
 * that ends one officer's authority: ICE may withdraw it at any time, effective at once.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OfficerAuthority {

  /** Why an officer may not serve; the field every refusal names. */
  public static final String FIELD = "officer";

  private final CredentialRepository credentials;
  private final AgencyRepository agencies;
  private final MoaRepository moas;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  /**
   * The officer's active credential for the agency, or a refusal that says why not: no credential,
   * credential withdrawn or revoked, credential of another agency, or the agency's MOA not active.
   */
  @Transactional(readOnly = true)
  public Credential requireAuthority(String userId, String agencyOri) {
    Agency agency = agencies.findByOri(agencyOri)
        .orElseThrow(() -> new RuleViolation(FIELD, "No agency with ORI " + agencyOri + " is on record."));
    if (!Text.present(userId)) {
      throw new RuleViolation(FIELD, "Only a certified Warrant Service Officer of " + agency.getName()
          + " may serve this warrant: claim the task first.");
    }
    List<Credential> held = credentials.findByCandidateUserId(userId);
    Credential active = held.stream().filter(c -> c.isActive() && c.getAgency().getId().equals(agency.getId()))
        .findFirst().orElse(null);
    if (active == null) {
      throw new RuleViolation(FIELD, whyNot(userId, agency, held));
    }
    if (!moas.hasActiveWsoAgreement(agency)) {
      throw new RuleViolation(FIELD, "The MOA of " + agency.getName() + " is not active (the agency is "
          + agency.getStatus() + "): no warrant may be served there.");
    }
    if (!agency.isOperational()) {
      throw new RuleViolation(FIELD, agency.getName() + " is not operational yet (" + agency.getStatus()
          + "): no warrant may be served there.");
    }
    return active;
  }

  private static String whyNot(String userId, Agency agency, List<Credential> held) {
    for (Credential c : held) {
      if (c.getAgency().getId().equals(agency.getId()) && c.getStatus() == CredentialStatus.SUSPENDED) {
        return "The WSO credential " + c.getNumber() + " of " + userId + " is suspended since " + c.getSuspendedAt()
            + " (" + c.getSuspensionReason() + "): " + userId + " may not serve warrants until reinstated.";
      }
      if (c.getAgency().getId().equals(agency.getId())) {
        return "The WSO credential " + c.getNumber() + " of " + userId + " was "
            + c.getStatus().name().toLowerCase() + " on " + c.getEndedAt() + " (" + c.getEndReason()
            + "): " + userId + " may no longer serve warrants.";
      }
    }
    for (Credential c : held) {
      if (c.isActive()) {
        return userId + " is a Warrant Service Officer of " + c.getAgency().getName() + ", not of "
            + agency.getName() + ", which holds the person.";
      }
    }
    return userId + " holds no WSO credential: only a certified Warrant Service Officer of " + agency.getName()
        + " may serve this warrant.";
  }

  /** The jurisdiction of the agency a credential is of; empty when no credential has the number. */
  public Optional<Jurisdiction> jurisdictionOfCredential(String credentialNumber) {
    return credentialNumber == null ? Optional.empty()
        : credentials.findByNumber(credentialNumber.trim()).map(c -> c.getAgency().jurisdiction());
  }

  /**
   * ICE withdraws one officer's authority, effective at once (rule 6); a suspended credential may be
   * withdrawn too (the outcome of a complaint).
   */
  public Credential withdraw(String credentialNumber, String reason, String actor) {
    if (!Text.present(reason) || reason.length() > 2000) {
      throw new RuleViolation("withdrawalReason", "Say why the officer's authority is withdrawn (at most 2000 characters).");
    }
    Credential credential = credentials.onRecord(credentialNumber, "credentialNumber");
    if (credential.getStatus().isEnded()) {
      throw new RuleViolation("credentialNumber", "The credential " + credential.getNumber() + " is already "
          + credential.getStatus() + ".");
    }
    credential.end(CredentialStatus.WITHDRAWN, reason.trim() + " (withdrawn by " + actor + ")", clock.instant());
    credential.getCandidate().moveTo(CandidateStatus.REVOKED);
    events.publishEvent(new CredentialEnded(credential.getId(), credential.getNumber(), credential.getStatus()));
    return credential;
  }

  /**
   * Interim suspension of one officer (a complaint, Process 4 step 2): no service until reinstated
   * (rule 6). Only an active credential can be suspended; refusals name {@code field}.
   */
  public Credential suspend(String credentialNumber, String reason, String actor, String field) {
    Credential credential = credentials.onRecord(credentialNumber, field);
    if (credential.getStatus() != CredentialStatus.ACTIVE) {
      throw new RuleViolation(field, "Only an active credential can be suspended: " + credential.getNumber()
          + " is " + credential.getStatus() + ".");
    }
    credential.suspend(reason + " (suspended by " + actor + ")", false, clock.instant());
    return credential;
  }

  /**
   * Ends one officer's own suspension (not one taken with the agency's MOA, which headquarters lifts
   * with it); only while the agency's MOA is ACTIVE. Refusals name {@code field}.
   */
  public Credential reinstate(String credentialNumber, String field) {
    Credential credential = credentials.onRecord(credentialNumber, field);
    if (credential.getStatus() != CredentialStatus.SUSPENDED || credential.isSuspendedWithAgreement()) {
      throw new RuleViolation(field, "Only a credential suspended on its own can be reinstated: " + credential.getNumber()
          + " is " + credential.getStatus() + (credential.isSuspendedWithAgreement() ? " with its agency's MOA" : "") + ".");
    }
    if (!moas.hasActiveWsoAgreement(credential.getAgency())) {
      throw new RuleViolation(field, "The MOA of " + credential.getAgency().getName()
          + " is not active: the officer cannot be reinstated while it is " + credential.getAgency().getStatus() + ".");
    }
    credential.reinstate();
    return credential;
  }
}
