package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import java.util.ArrayList;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.vetting.domain.AdditionalCandidates;
import org.wso287g.vetting.domain.Candidate;

/**
 * Process 5 ({@code wsoAdditionalCandidates}): the command staff of an operational agency nominate more
 * candidates. The agency named in the start form must be the caller's; the agreement, the business key
 * and what the vetting is routed by come from its records (rule 8), not from the form.
 */
@Component
@RequiredArgsConstructor
class RegisterAdditionalCandidatesDelegate implements JavaDelegate {

  private final AdditionalCandidates additional;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    String ori = VariableReader.of(execution).text(AGENCY_ORI);
    policy.require(CurrentUser.actor(execution), Action.NOMINATE_ADDITIONAL_CANDIDATES, additional.jurisdictionOf(ori),
        "the agency " + ori);
    AdditionalCandidates.Nominated nominated = additional.nominate(ori, RegisterCandidatesDelegate.nominations(execution),
        CurrentUser.of(execution));
    Agency agency = nominated.application().getAgency();
    execution.setProcessBusinessKey(nominated.application().getNumber());
    execution.setVariable(APPLICATION_NUMBER, nominated.application().getNumber());
    execution.setVariable(AGENCY_ORI, agency.getOri());
    execution.setVariable(AGENCY_NAME, agency.getName());
    execution.setVariable(FIELD_OFFICE_CODE, agency.getFieldOfficeCode());
    execution.setVariable(CANDIDATE_IDS, new ArrayList<>(nominated.candidates().stream().map(Candidate::getId).toList()));
    // The candidate records hold the names.
    execution.removeVariable(CANDIDATES);
    execution.removeVariable(CANDIDATE_COUNT);
  }
}
