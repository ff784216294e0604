package org.wso287g.complaint.domain;

/** What the complaint alleges (Process 4, {@code allegation}). */
public enum Allegation {
  USE_OF_FORCE, CIVIL_RIGHTS, SCOPE_OF_AUTHORITY, MISCONDUCT, OTHER
}
