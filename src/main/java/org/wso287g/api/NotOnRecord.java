package org.wso287g.api;

/**
 * The record a call names is not on record, or not within the caller's scope: the API does not tell the
 * two apart. Answered with 404 and a problem body ({@link ApiProblems}).
 */
public class NotOnRecord extends RuntimeException {

  public NotOnRecord(String what) {
    super(what + " is not on record, or not within your scope.");
  }
}
