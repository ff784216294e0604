package org.wso287g.complaint.process;

import org.wso287g.complaint.domain.ComplaintService;

/** The variables of {@code wsoComplaint}, as the specification names them, and the context the steps set. */
public final class ComplaintVariables {

  public static final String PROCESS_ID = "wsoComplaint";
  public static final String OUTCOME_TASK = "userTask_recordInvestigationOutcome";

  // The start form and POST /api/complaints.
  public static final String AGENCY_ORI = ComplaintService.AGENCY_ORI;
  public static final String RECEIVED_AT = ComplaintService.RECEIVED_AT;
  public static final String SOURCE = ComplaintService.SOURCE;
  public static final String CREDENTIAL_NUMBER = ComplaintService.CREDENTIAL_NUMBER;
  public static final String ALLEGATION = ComplaintService.ALLEGATION;
  public static final String ALLEGATION_SUMMARY = ComplaintService.ALLEGATION_SUMMARY;

  // Set by serviceTask_registerComplaint from the record: routing and the context the tasks show.
  public static final String COMPLAINT_NUMBER = ComplaintService.COMPLAINT_NUMBER;
  public static final String FIELD_OFFICE_CODE = "fieldOfficeCode";
  public static final String AGENCY_NAME = "agencyName";
  public static final String NOTICE_DUE_AT = "complaintNoticeDueAt";
  public static final String RECORDED_LATE = "recordedLate";

  // userTask_referComplaint
  public static final String OPR_REFERENCE = ComplaintService.OPR_REFERENCE;
  public static final String OPR_NOTIFIED_ON = ComplaintService.OPR_NOTIFIED_ON;
  public static final String INTERIM_ACTION = ComplaintService.INTERIM_ACTION;

  // userTask_recordInvestigationOutcome
  public static final String INVESTIGATION_OUTCOME = ComplaintService.INVESTIGATION_OUTCOME;
  public static final String OUTCOME_SUMMARY = ComplaintService.OUTCOME_SUMMARY;
  public static final String OFFICER_ACTION = ComplaintService.OFFICER_ACTION;

  // userTask_notifyComplaintParties
  public static final String PARTIES_NOTIFIED_ON = ComplaintService.PARTIES_NOTIFIED_ON;

  private ComplaintVariables() {}
}
