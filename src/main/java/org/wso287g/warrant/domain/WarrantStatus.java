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
  RELEASED
}
