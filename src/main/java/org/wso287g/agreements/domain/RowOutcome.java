package org.wso287g.agreements.domain;

/** What the import did with one row of the list: every row gets exactly one. */
public enum RowOutcome {
  /** A new agency, a new agreement, or both, were recorded. */
  IMPORTED,
  /** What the row says is already on record, identical: nothing changed. */
  UNCHANGED,
  /** The row has cells but no values (the published list ends with such rows). */
  SKIPPED_EMPTY,
  /** The row cannot be taken as it is; the report says why. Nothing of it was recorded. */
  REJECTED
}
