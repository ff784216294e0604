package org.wso287g.warrant.domain;

/** Rule 2 and the warrant's own validity: the warrant was recorded as REFUSED with this reason. */
public class PartnershipRefusal extends RuntimeException {

  public static final String PARTNERSHIP_INACTIVE = "partnershipInactive";
  public static final String INVALID_WARRANT = "invalidWarrant";

  private final String code;

  public PartnershipRefusal(String code, String reason) {
    super(reason);
    this.code = code;
  }

  /** The BPMN error code the model catches. */
  public String code() {
    return code;
  }
}
