package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;
import org.wso287g.warrant.domain.LodgedWarrant;
import org.wso287g.warrant.domain.PartnershipRefusal;
import org.wso287g.warrant.domain.Warrant;
import org.wso287g.warrant.domain.WarrantService;

/**
 * Records the lodged warrant (its number becomes the business key; a number already on record is
 * refused and nothing starts), then rule 2: an inactive partnership or an invalid warrant is a BPMN
 * error the model ends at {@code endEvent_refused}, with the reason on the warrant record.
 */
@Component
@RequiredArgsConstructor
class VerifyPartnershipDelegate implements JavaDelegate {

  private final WarrantService warrants;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    LodgedWarrant lodged = new LodgedWarrant(read.text(AGENCY_ORI), read.text(FACILITY_NAME), read.text(SUBJECT_NAME),
        read.text(SUBJECT_BOOKING_NUMBER), read.text(WARRANT_TYPE), read.text(WARRANT_NUMBER),
        read.date(WARRANT_ISSUED_ON), read.text(ISSUING_OFFICER), read.instant(SCHEDULED_RELEASE_AT));
    Actor actor = CurrentUser.actor(execution);
    warrants.agencyJurisdiction(lodged.agencyOri())
        .ifPresent(where -> policy.require(actor, Action.LODGE_WARRANT, where, "the agency " + where.ori()));
    Warrant warrant = warrants.lodge(lodged, actor.userId());
    String fieldOffice = warrant.getAgency().getFieldOfficeCode();
    execution.setProcessBusinessKey(warrant.getNumber());
    execution.setVariable(AGENCY_ORI, lodged.agencyOri());
    execution.setVariable(FIELD_OFFICE_CODE, fieldOffice);
    execution.setVariable(SCHEDULED_RELEASE_AT, lodged.scheduledReleaseAt().toString());
    try {
      warrants.verifyPartnership(warrant.getNumber());
    } catch (PartnershipRefusal refusal) {
      throw new BpmnError(refusal.code(), refusal.getMessage());
    }
  }
}
