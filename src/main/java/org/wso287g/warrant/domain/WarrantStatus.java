package org.wso287g.warrant.domain;

/** Where a lodged warrant stands. */
public enum WarrantStatus {
  /** Waiting for the person's scheduled release. */
  LODGED,
  REFUSED,
  CANCELLED,
  /** Stopped because the agency's MOA ended or was suspended before service (rule 6). */
  STOPPED,
  SERVED,
  TRANSFERRED,
  RELEASED,
  /** Rule 12: nobody served it within the service window; the agency released the person under its own rules. */
  RELEASED_UNSERVED
}
