package org.wso287g.access;

/**
 * The policy refused an actor an action on a record. The API answers it with 403, the engine with its
 * authorization refusal (403 on /engine-rest, a message in the Tasklist); nothing is written.
 */
public class NotAllowed extends RuntimeException {

  public NotAllowed(String message) {
    super(message);
  }
}
