package org.wso287g.common;

/**
 * A message a party may send, sent when the record is not waiting for it (a notice on an agreement
 * not in force, a reschedule of a warrant already served): the API answers 409 with the reason.
 */
public class NotWaiting extends RuntimeException {

  public NotWaiting(String message) {
    super(message);
  }
}
