package org.wso287g.common;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Rule 13: the database refused a record the program keeps once (one agency per ORI, one open
 * application per agency, one warrant per number) because another request, sent at the same moment,
 * wrote it first. Unlike a duplicate that a rule check finds, nothing of the losing request may stay:
 * its transaction is already refused by the database, so it rolls back entirely, and the caller gets
 * 409 with the same sentence as for that duplicate.
 */
public class ConcurrentDuplicate extends RuntimeException {

  /**
   * A unique key is taken (SQL state 23505 on H2 and PostgreSQL). A writer of a key that a concurrent
   * transaction holds but has not committed yet waits for it: PostgreSQL as long as it takes, then
   * answers 23505 when it committed; H2 for its lock timeout (2 s), then answers HYT00 when the other
   * request is still writing the same record.
   */
  private static final Set<String> KEY_TAKEN = Set.of("23505", "HYT00");

  public ConcurrentDuplicate(String sentence, Throwable cause) {
    super(sentence, cause);
  }

  /**
   * Runs the writes of one record, flushed inside {@code write} so that the database answers here
   * and not at commit. A unique key taken becomes this exception with the rule's sentence; any other
   * failure stays as it is.
   */
  public static <T> T unlessTaken(Supplier<T> write, Supplier<String> sentence) {
    try {
      return write.get();
    } catch (RuntimeException failure) {
      if (keyTaken(failure)) {
        throw new ConcurrentDuplicate(sentence.get(), failure);
      }
      throw failure;
    }
  }

  static boolean keyTaken(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && KEY_TAKEN.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
