package org.wso287g.api;

/** The caller is authenticated but their groups do not allow the call (HTTP 403). */
public class CallerNotAllowed extends RuntimeException {

  public CallerNotAllowed(String message) {
    super(message);
  }
}
