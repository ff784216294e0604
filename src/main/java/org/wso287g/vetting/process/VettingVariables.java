package org.wso287g.vetting.process;

/** Process variables of {@code wsoCandidateVetting} (public contract where the specification names them). */
public final class VettingVariables {

  public static final String PROCESS_ID = "wsoCandidateVetting";

  // Passed in by the participation's call activity
  /** Number: the candidate's id in our tables. */
  public static final String CANDIDATE_ID = "candidateId";
  public static final String AGENCY_ORI = "agencyOri";
  public static final String AGENCY_NAME = "agencyName";
  public static final String FIELD_OFFICE_CODE = "fieldOfficeCode";
  public static final String APPLICATION_NUMBER = "applicationNumber";

  /** Text, set when the candidate file is opened, for task names and forms. */
  public static final String CANDIDATE_NAME = "candidateName";

  /** CLEARED | NOT_CLEARED. */
  public static final String BACKGROUND_RESULT = "backgroundResult";
  public static final String BACKGROUND_NOTES = "backgroundNotes";

  /** Date. */
  public static final String TRAINING_DATE = "trainingDate";
  /** Number (hours, may be fractional). */
  public static final String TRAINING_HOURS = "trainingHours";
  /** Number 0..100. */
  public static final String EXAM_SCORE = "examScore";
  /** User id of a member of fo-{fo}-wso-poc. */
  public static final String INSTRUCTOR = "instructor";
  /** Boolean, set when the training is recorded. */
  public static final String EXAM_PASSED = "examPassed";

  public static final String RETAKE_DATE = "retakeDate";
  public static final String RETAKE_SCORE = "retakeScore";
  public static final String RETAKE_INSTRUCTOR = "retakeInstructor";
  /** Boolean, set when the retake is recorded. */
  public static final String RETAKE_PASSED = "retakePassed";

  /** Date. */
  public static final String AUTHORIZATION_SIGNED_ON = "authorizationSignedOn";
  /** Text, set when the credential is issued. */
  public static final String CREDENTIAL_NUMBER = "credentialNumber";

  private VettingVariables() {}
}
