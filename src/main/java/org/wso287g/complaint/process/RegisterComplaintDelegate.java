package org.wso287g.complaint.process;

import static org.wso287g.complaint.process.ComplaintVariables.*;

import java.time.ZoneId;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.complaint.domain.Complaint;
import org.wso287g.complaint.domain.ComplaintService;
import org.wso287g.complaint.domain.ReceivedComplaint;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.process.CurrentUser;
import org.wso287g.process.VariableReader;

/**
 * Step 1: the complaint from the start form or the API is recorded (its number becomes the business
 * key), with its 48-hour notice due date and whether it was recorded late. The routing and context
 * variables come from the record, not from what was sent (rule 8).
 */
@Component
@RequiredArgsConstructor
class RegisterComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;
  private final FieldOfficeCalendar calendar;
  private final AccessPolicy policy;

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader read = VariableReader.of(execution);
    Actor actor = CurrentUser.actor(execution);
    String ori = read.text(AGENCY_ORI);
    complaints.agencyJurisdiction(ori)
        .ifPresent(where -> policy.require(actor, Action.RECORD_COMPLAINT, where, "the agency " + where.ori()));
    Complaint complaint = complaints.record(new ReceivedComplaint(ori, read.instant(RECEIVED_AT), read.text(SOURCE),
        read.text(CREDENTIAL_NUMBER), read.text(ALLEGATION), read.text(ALLEGATION_SUMMARY)), actor.userId());
    ZoneId zone = calendar.zone(complaint.getAgency().getFieldOfficeCode(), complaint.getAgency().getState());
    execution.setProcessBusinessKey(complaint.getNumber());
    execution.setVariable(COMPLAINT_NUMBER, complaint.getNumber());
    execution.setVariable(AGENCY_ORI, complaint.getAgency().getOri());
    execution.setVariable(AGENCY_NAME, complaint.getAgency().getName());
    execution.setVariable(FIELD_OFFICE_CODE, complaint.getAgency().getFieldOfficeCode());
    execution.setVariable(RECEIVED_AT, complaint.getReceivedAt().atZone(zone).toOffsetDateTime().toString());
    execution.setVariable(NOTICE_DUE_AT, complaint.getNoticeDueAt().atZone(zone).toOffsetDateTime().toString());
    execution.setVariable(RECORDED_LATE, complaint.isRecordedLate());
    execution.setVariable(ALLEGATION, complaint.getAllegation().name());
    execution.setVariable(CREDENTIAL_NUMBER, complaint.getCredential() == null ? null : complaint.getCredential().getNumber());
  }
}
