package org.wso287g.common;

import java.sql.SQLException;

/**
 * The database refused a value as data (SQL state class 22, "data exception"): a text longer than its
 * column, a number out of range, an impossible date, a character it cannot keep (PostgreSQL refuses
 * NUL in text). The rules check what they know first, naming the field; this is what is left for a
 * value no rule foresaw. It is the caller's input, so the answer is a 400, but the database's message
 * names tables and columns and is not shown: the caller reads {@link #SENTENCE}, the log the detail.
 */
public final class UnkeepableValue {

  public static final String SENTENCE = "A value sent cannot be kept as it is: a text longer than its field allows, a "
      + "number out of range, an impossible date or a control character. Nothing was saved.";

  private UnkeepableValue() {}

  public static boolean causedBy(Throwable fault) {
    for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (next.getSQLState() != null && next.getSQLState().startsWith("22")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
