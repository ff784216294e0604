package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.onboarding.domain.Application;
import org.wso287g.onboarding.domain.DuplicateApplication;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/**
 * Step 1: records the letter of interest, gives the application its number (the business key) and
 * creates the agency's groups. Rule 4 (one open application per agency) is a BPMN error the model
 * ends at {@code endEvent_duplicateRejected}; a bad field is refused and nothing starts.
 */
@Component
@RequiredArgsConstructor
class RegisterApplicationDelegate implements JavaDelegate {

  private final ParticipationService participation;
  private final ProgramIdentity identity;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    LetterOfInterest letter = new LetterOfInterest(
        read.text(AGENCY_NAME), read.text(AGENCY_ORI), read.text(AGENCY_STATE), read.text(AGENCY_COUNTY),
        read.text(JAIL_FACILITY_NAME), read.text(FIELD_OFFICE_CODE),
        read.integer(REQUESTED_OFFICER_COUNT, "The number of officers to train"), read.date(LETTER_DATE),
        read.text(CONTACT_NAME), read.text(CONTACT_EMAIL));
    policy.require(CurrentUser.actor(execution), Action.REGISTER_LETTER, participation.jurisdictionOf(letter),
        letter.agencyName() == null ? "this agency" : letter.agencyName());
    Application application;
    try {
      application = participation.register(letter, CurrentUser.of(execution));
    } catch (DuplicateApplication duplicate) {
      throw new BpmnError(DUPLICATE_APPLICATION_ERROR, duplicate.getMessage());
    }
    identity.ensureAgencyGroups(letter.agencyOri(), letter.agencyName());
    execution.setProcessBusinessKey(application.getNumber());
    execution.setVariable(APPLICATION_NUMBER, application.getNumber());
    // Normalised codes: the models build group ids from them.
    execution.setVariable(AGENCY_ORI, letter.agencyOri());
    execution.setVariable(AGENCY_STATE, letter.agencyState());
    execution.setVariable(FIELD_OFFICE_CODE, letter.fieldOfficeCode());
  }
}
