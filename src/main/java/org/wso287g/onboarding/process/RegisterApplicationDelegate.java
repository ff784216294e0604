package org.wso287g.onboarding.process;

import static org.wso287g.onboarding.process.ParticipationVariables.*;

import java.math.BigDecimal;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.common.RuleViolation;
import org.wso287g.identity.ProgramIdentity;
import org.wso287g.onboarding.domain.Agency;
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
 *
 * <p>With {@code existingAgreementId} (agreements already in force, headquarters only) it links the
 * WSO agreement imported from ICE's list instead: the agency's name, state and county come from its
 * record when the letter leaves them empty, and the model goes on at the nomination.
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
    Long existingAgreementId = agreementId(read);
    LetterOfInterest letter = new LetterOfInterest(
        read.text(AGENCY_NAME), read.text(AGENCY_ORI), read.text(AGENCY_STATE), read.text(AGENCY_COUNTY),
        read.text(JAIL_FACILITY_NAME), read.text(FIELD_OFFICE_CODE),
        read.integer(REQUESTED_OFFICER_COUNT, "The number of officers to train"), read.date(LETTER_DATE),
        read.text(CONTACT_NAME), read.text(CONTACT_EMAIL));
    Actor actor = CurrentUser.actor(execution);
    String recordName = letter.agencyName() == null ? "this agency" : letter.agencyName();
    policy.require(actor, Action.REGISTER_LETTER, participation.jurisdictionOf(letter), recordName);
    if (existingAgreementId != null) {
      policy.require(actor, Action.ENTER_EXISTING_AGREEMENT, participation.jurisdictionOf(letter),
          letter.agencyOri() == null ? recordName : letter.agencyOri());
      Application application = participation.enterAgreementInForce(existingAgreementId, letter, actor.userId());
      Agency agency = application.getAgency();
      identity.ensureAgencyGroups(agency.getOri(), agency.getName());
      registered(execution, application, agency.getOri(), agency.getState(), agency.getFieldOfficeCode());
      // The record's names, which the letter may leave empty: the task names show them.
      execution.setVariable(AGENCY_NAME, agency.getName());
      execution.setVariable(AGENCY_COUNTY, agency.getCounty());
      execution.setVariable(EXISTING_AGREEMENT_ID, existingAgreementId);
      return;
    }
    Application application;
    try {
      application = participation.register(letter, actor.userId());
    } catch (DuplicateApplication duplicate) {
      throw new BpmnError(DUPLICATE_APPLICATION_ERROR, duplicate.getMessage());
    }
    identity.ensureAgencyGroups(letter.agencyOri(), letter.agencyName());
    registered(execution, application, letter.agencyOri(), letter.agencyState(), letter.fieldOfficeCode());
    execution.setVariable(EXISTING_AGREEMENT_ID, null);
  }

  /** The business key and the normalised codes: the models build group ids from them. */
  private static void registered(DelegateExecution execution, Application application, String ori, String state,
      String fieldOffice) {
    execution.setProcessBusinessKey(application.getNumber());
    execution.setVariable(APPLICATION_NUMBER, application.getNumber());
    execution.setVariable(AGENCY_ORI, ori);
    execution.setVariable(AGENCY_STATE, state);
    execution.setVariable(FIELD_OFFICE_CODE, fieldOffice);
  }

  /** The agreement's id as a whole number; empty (a new letter) when not given. */
  private static Long agreementId(VariableReader read) {
    BigDecimal value = read.decimal(EXISTING_AGREEMENT_ID);
    if (value == null) {
      return null;
    }
    try {
      long id = value.longValueExact();
      if (id < 1) {
        throw new ArithmeticException();
      }
      return id;
    } catch (ArithmeticException e) {
      throw new RuleViolation(EXISTING_AGREEMENT_ID, "The agreement id is a whole number from 1, as GET "
          + "/api/agencies/{id} lists it; " + value.toPlainString() + " was entered.");
    }
  }
}
