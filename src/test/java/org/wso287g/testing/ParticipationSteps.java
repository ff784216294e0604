package org.wso287g.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.ReviewDecision;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.vetting.domain.AccountLink;
import org.wso287g.vetting.domain.AccountLinkRepository;
import org.wso287g.vetting.domain.BackgroundCheck;
import org.wso287g.vetting.domain.Credential;
import org.wso287g.vetting.domain.Nomination;
import org.wso287g.vetting.domain.TrainingRecord;
import org.wso287g.vetting.domain.VettingService;

/**
 * The participation path walked through the domain services, for the rule tests that need an agency
 * some way along it (import it with {@code @Import}, beside the services and {@link TestClock.Config}).
 * The letter arrives on 27 Feb 2026, is registered on 2 Mar and approved on 5 Mar; the agency signs
 * on 10 Mar and ICE on 12 Mar; officers are cleared on 16 Mar, train on 18 Mar with the New Orleans WSO
 * point of contact {@value #POC} (the test makes the Instructors mock say so) and are credentialed on
 * 20 Mar, "today".
 */
public class ParticipationSteps {

  public static final String POC = "nol.poc";
  public static final String CLEARED_AT = "2026-03-16T15:00:00Z";
  public static final LocalDate TRAINED_ON = LocalDate.of(2026, 3, 18);
  public static final LocalDate CREDENTIALED_ON = LocalDate.of(2026, 3, 20);

  private final ParticipationService participation;
  private final VettingService vetting;
  private final AccountLinkRepository links;
  private final TestClock clock;

  public ParticipationSteps(ParticipationService participation, VettingService vetting, AccountLinkRepository links,
      TestClock clock) {
    this.participation = participation;
    this.vetting = vetting;
    this.links = links;
    this.clock = clock;
  }

  /** Registered, approved, MOA drafted: the application number. */
  public String approved(LetterOfInterest letter) {
    clock.set("2026-03-02T15:00:00Z");
    String number = participation.register(letter, "nol.director").getNumber();
    clock.set("2026-03-05T15:00:00Z");
    participation.recordReview(number, ReviewDecision.APPROVED, null, "hq.analyst");
    clock.reset();
    participation.recordMoaDraft(number, "WSO-2025-01", "Fred Contact", "fred.contact@ice.example.gov", "hq.analyst");
    return number;
  }

  /** Approved and signed by both parties: the MOA is ACTIVE, the agency MOA_ACTIVE. The application number. */
  public String moaActive(LetterOfInterest letter) {
    String number = approved(letter);
    participation.recordAgencySignature(number, "John Sheriff", "Sheriff", LocalDate.of(2026, 3, 10), "demo.sheriff");
    participation.activateMoa(number, "Ida Signatory", LocalDate.of(2026, 3, 12), "ice.signatory");
    return number;
  }

  /**
   * Nominated, cleared, trained (8 hours, 85 %), certified and credentialed: the officer {@code userId}'s
   * credential. The officer serves under the account {@code userId} because an administrator linked it
   * to their e-mail (rule 9: without the link the credential would create a new account).
   */
  public Credential credentialed(String applicationNumber, String badge, String userId) {
    String email = userId + "@agency.example.gov";
    if (links.findByEmail(email).isEmpty()) {
      links.save(new AccountLink(email, null, null, userId, "admin", clock.instant()));
    }
    long id = vetting.nominate(applicationNumber, List.of(new Nomination("Officer " + badge, badge, email, true)),
        "demo.sheriff").get(0).getId();
    clearOn(id, CLEARED_AT);
    vetting.recordTraining(id, new TrainingRecord(TRAINED_ON, new BigDecimal("8"), 85, POC), POC);
    vetting.certify(id);
    return vetting.issueCredential(id, CREDENTIALED_ON, "nol.director");
  }

  /** Personnel security clears the candidate at {@code instant}; the clock comes back to where it was. */
  public void clearOn(long candidateId, String instant) {
    Instant now = clock.instant();
    clock.set(instant);
    vetting.recordBackgroundResult(candidateId, BackgroundCheck.Result.CLEARED, null, "ps.investigator");
    clock.set(now.toString());
  }

  /** OPERATIONAL under an ACTIVE MOA, with one officer: the application number. */
  public String operational(LetterOfInterest letter, String badge, String userId) {
    String number = moaActive(letter);
    credentialed(number, badge, userId);
    participation.startOperations(number);
    return number;
  }
}
