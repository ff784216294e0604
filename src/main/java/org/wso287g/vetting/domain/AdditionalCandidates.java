package org.wso287g.vetting.domain;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.RuleViolation;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.domain.Moa;
import org.wso287g.onboarding.domain.MoaRepository;
import org.wso287g.onboarding.domain.MoaStatus;

/**
 * Process 5: more officers for an agency that is OPERATIONAL under an ACTIVE MOA. The candidates are
 * nominated under that agreement's application, through the same nomination as the first ones, so
 * rules 9 and 10 apply as they did then.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class AdditionalCandidates {

  public static final String AGENCY_ORI = "agencyOri";

  private final AgencyRepository agencies;
  private final MoaRepository moas;
  private final VettingService vetting;

  /** The candidates recorded, and the application of the agreement they serve under. */
  public record Nominated(Application application, List<Candidate> candidates) {}

  /** Where the agency named by its ORI belongs, for the access policy: its record's, else the ORI alone. */
  @Transactional(readOnly = true)
  public Jurisdiction jurisdictionOf(String agencyOri) {
    return agencies.jurisdictionByOri(agencyOri).orElseGet(() -> new Jurisdiction(null, normalized(agencyOri)));
  }

  /**
   * The application of the agency's ACTIVE WSO agreement, or a refusal naming why no additional
   * candidate can be nominated now: no such agency, agreement not active (suspended, terminated, not
   * signed), agency not operational yet, or an agreement from ICE's list not linked to an application.
   */
  @Transactional(readOnly = true)
  public Application agreementApplication(String agencyOri) {
    String ori = normalized(agencyOri);
    Agency agency = agencies.findByOri(ori)
        .orElseThrow(() -> new RuleViolation(AGENCY_ORI, "No agency with ORI " + agencyOri + " is on record."));
    Moa moa = moas.findFirstByAgencyAndModelAndStatusOrderByIdAsc(agency, Moa.WSO, MoaStatus.ACTIVE)
        .orElseThrow(() -> new RuleViolation(AGENCY_ORI, "The WSO agreement of " + agency.getName()
            + " is not active (the agency is " + agency.getStatus() + "): no additional candidates can be nominated."));
    if (!agency.isOperational()) {
      throw new RuleViolation(AGENCY_ORI, agency.getName() + " is not operational yet (" + agency.getStatus()
          + "): its first candidates are nominated in its participation; additional candidates come once operations started.");
    }
    if (moa.getApplication() == null) {
      throw new RuleViolation(AGENCY_ORI, "The WSO agreement of " + agency.getName() + " comes from ICE's published list"
          + " and has no application on record: headquarters first starts its participation with that agreement.");
    }
    return moa.getApplication();
  }

  /** Records the candidates under the agency's active agreement (the nomination's own rules apply). */
  public Nominated nominate(String agencyOri, List<Nomination> nominations, String actor) {
    Application application = agreementApplication(agencyOri);
    return new Nominated(application, vetting.nominate(application.getNumber(), nominations, actor));
  }

  private static String normalized(String ori) {
    return ori == null ? null : ori.trim().toUpperCase(Locale.ROOT);
  }
}
