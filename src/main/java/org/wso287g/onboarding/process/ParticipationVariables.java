package org.wso287g.onboarding.process;

/**
 * Process variables of {@code wsoParticipation} (public contract: names as the specification gives
 * them). Types as they arrive from the forms: text, ISO date text (yyyy-mm-dd), number, boolean.
 */
public final class ParticipationVariables {

  public static final String PROCESS_ID = "wsoParticipation";

  // Letter of interest (start form): text unless said otherwise
  public static final String AGENCY_NAME = "agencyName";
  public static final String AGENCY_ORI = "agencyOri";
  /** Two-letter USPS code. */
  public static final String AGENCY_STATE = "agencyState";
  public static final String AGENCY_COUNTY = "agencyCounty";
  public static final String JAIL_FACILITY_NAME = "jailFacilityName";
  public static final String FIELD_OFFICE_CODE = "fieldOfficeCode";
  /** Number, 1..200. */
  public static final String REQUESTED_OFFICER_COUNT = "requestedOfficerCount";
  /** Date. */
  public static final String LETTER_DATE = "letterDate";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_EMAIL = "contactEmail";
  /**
   * Number, optional (agreements already in force): the id of a WSO agreement imported from ICE's list,
   * as GET /api/agencies/{id} shows it. Headquarters only; registration links it and the path goes on
   * at the nomination. Set by registration to the id read, or to null for a new letter.
   */
  public static final String EXISTING_AGREEMENT_ID = "existingAgreementId";

  /** Text, set by registration: the business key. */
  public static final String APPLICATION_NUMBER = "applicationNumber";

  /** APPROVED | DECLINED | MORE_INFO. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String MORE_INFORMATION_RESPONSE = "moreInformationResponse";
  /** The review's question, kept once the agency has answered, for the next review to show. */
  public static final String MORE_INFORMATION_QUESTION = "moreInformationQuestion";

  public static final String MOA_TEMPLATE_REVISION = "moaTemplateRevision";
  public static final String FOD_CONTACT_NAME = "fodContactName";
  public static final String FOD_CONTACT_EMAIL = "fodContactEmail";
  public static final String LEA_SIGNATORY_NAME = "leaSignatoryName";
  public static final String LEA_SIGNATORY_TITLE = "leaSignatoryTitle";
  /** Date. */
  public static final String LEA_SIGNED_ON = "leaSignedOn";
  public static final String ICE_SIGNATORY_NAME = "iceSignatoryName";
  /** Date. */
  public static final String ICE_SIGNED_ON = "iceSignedOn";

  /**
   * JSON list of {fullName, badgeNumber, email, usCitizen}. The nomination form fills it from one
   * block per candidate (the 7.24 Tasklist cannot complete a form whose dynamic list was edited).
   */
  public static final String CANDIDATES = "candidates";
  /** Number: how many candidate blocks the nomination form shows. */
  public static final String CANDIDATE_COUNT = "candidateCount";
  /** List of candidate ids (JSON), the multi-instance collection of the vetting call activity. */
  public static final String CANDIDATE_IDS = "candidateIds";
  /** Number, set after vetting: credentialed officers of this application. */
  public static final String CERTIFIED_OFFICER_COUNT = "certifiedOfficerCount";

  /** Boolean. */
  public static final String COMPLIANT = "compliant";
  public static final String FINDINGS = "findings";

  // Oversight schedule, set by the program (no form sets them): the review that comes next.
  /** ISO date (yyyy-mm-dd): the day the next review is due, in the field office's zone. */
  public static final String REVIEW_DUE_ON = "reviewDueOn";
  /** Date: when the review's task appears (the review completion period before the due day). */
  public static final String REVIEW_OPENS_AT = "reviewOpensAt";
  /** Date: the end of the due day; the task's due date, and when an open review escalates to hq-287g. */
  public static final String REVIEW_DUE_AT = "reviewDueAt";
  // The review just recorded, for the findings branch to copy.
  /** Number: the id of the recorded review. */
  public static final String REVIEW_ID = "reviewId";
  /** Boolean. */
  public static final String REVIEW_COMPLIANT = "reviewCompliant";
  public static final String REVIEW_FINDINGS = "reviewFindings";
  /** Boolean: the MOA is ACTIVE or SUSPENDED, so oversight goes on. */
  public static final String AGREEMENT_IN_FORCE = "agreementInForce";

  // Findings with consequences: local to one instance of Correct the findings (several may run).
  public static final String CORRECTIVE_ACTIONS = "correctiveActions";
  /** Date: the day the correction is due (also headquarters' new date when it extends). */
  public static final String CORRECTION_DUE_ON = "correctionDueOn";
  /** Date: the start of that day in the field office's zone, when the verification opens. */
  public static final String CORRECTION_DUE_AT = "correctionDueAt";
  /** Boolean. */
  public static final String CORRECTED = "corrected";
  /** EXTEND | GIVE_NOTICE. */
  public static final String NON_COMPLIANCE_DECISION = "nonComplianceDecision";

  // Message_TerminationNotice
  public static final String TERMINATION_NOTICE_MESSAGE = "Message_TerminationNotice";
  /** ICE | LEA. */
  public static final String NOTICE_FROM = "noticeFrom";
  /** TERMINATION | SUSPENSION. */
  public static final String NOTICE_KIND = "noticeKind";
  public static final String NOTICE_REASON = "noticeReason";
  /** Boolean: a public-safety emergency makes the notice immediate. */
  public static final String EXIGENT = "exigent";
  /** The day the notice was received: the notice period runs from it (today when not given). */
  public static final String NOTICE_RECEIVED_ON = "noticeReceivedOn";
  /** PERSONAL | CERTIFIED_MAIL | REGISTERED_MAIL | TO_FOD. */
  public static final String NOTICE_DELIVERY = "noticeDelivery";
  // Local to one instance of the event subprocess Notice on the agreement: several notices may run.
  public static final String NOTICE_EFFECTIVE_AT = "noticeEffectiveAt";
  public static final String NOTICE_SUSPENDS = "noticeSuspends";

  public static final String NOTICE_WITHDRAWN_MESSAGE = "Message_NoticeWithdrawn";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  public static final String SUSPENSION_LIFTED_MESSAGE = "Message_SuspensionLifted";
  public static final String LIFT_REASON = "liftReason";

  public static final String DUPLICATE_APPLICATION_ERROR = "duplicateApplication";

  private ParticipationVariables() {}
}
