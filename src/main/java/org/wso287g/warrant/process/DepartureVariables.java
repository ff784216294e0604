package org.wso287g.warrant.process;

/**
 * The variable names of Process 6 ({@code wsoOfficerDeparture}) and of the credential-return wait
 * ({@code credentialReturn}), as the specification and the forms spell them.
 */
public final class DepartureVariables {

  public static final String DEPARTURE_PROCESS = "wsoOfficerDeparture";
  public static final String RETURN_PROCESS = "credentialReturn";

  // start form officer-departure
  public static final String CREDENTIAL_NUMBER = "credentialNumber";
  public static final String DEPARTURE_DATE = "departureDate";
  public static final String DEPARTURE_REASON = "departureReason";

  // from the records (rule 8)
  public static final String OFFICER_NAME = "officerName";
  public static final String AGENCY_ORI = "agencyOri";
  public static final String AGENCY_NAME = "agencyName";
  public static final String FIELD_OFFICE_CODE = "fieldOfficeCode";
  /** Notice given less than wsoProgram.departureNoticePeriod before the departure. */
  public static final String SHORT_NOTICE = "shortNotice";
  /** The start of the departure day in the field office's zone: the timer's date. */
  public static final String DEPARTURE_TAKES_EFFECT_AT = "departureTakesEffectAt";
  /** The departure date is today or past: the credential departs at once. */
  public static final String DEPARTURE_DUE = "departureDue";
  /** The credential departed on its date (false: it was withdrawn or revoked before). */
  public static final String OFFICER_DEPARTED = "officerDeparted";
  public static final String CREDENTIAL_STATUS = "credentialStatus";
  public static final String CREDENTIAL_ENDED_ON = "credentialEndedOn";
  public static final String CREDENTIAL_END_REASON = "credentialEndReason";

  // task userTask_recordCredentialReturn
  public static final String CREDENTIAL_RETURNED_ON = "credentialReturnedOn";

  private DepartureVariables() {}
}
