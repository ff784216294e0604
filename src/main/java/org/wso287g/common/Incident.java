package org.wso287g.common;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fault the caller cannot mend (a broken invariant, a database that refused, a bug): the caller is
 * told only that it happened and a reference, never the exception's message, which may carry SQL,
 * table and column names, class names or stack frames. The detail goes to the log under the same
 * reference, so an administrator finds it from what the caller reports.
 */
public final class Incident {

  private static final Logger LOG = LoggerFactory.getLogger(Incident.class);

  private Incident() {}

  /** Logs the fault at ERROR with a new reference, and answers the reference. */
  public static String record(String where, Throwable fault) {
    String reference = UUID.randomUUID().toString().substring(0, 13);
    LOG.error("Incident {} ({}): {}", reference, where, fault.toString(), fault);
    return reference;
  }

  /**
   * Logs, at WARN with a new reference, a failure that was the caller's input after all but that no rule
   * named ({@link UnkeepableValue}), and answers the reference.
   */
  public static String recordRefusal(String where, Throwable fault) {
    String reference = UUID.randomUUID().toString().substring(0, 13);
    LOG.warn("Incident {} ({}), refused as the caller's input: {}", reference, where, fault.toString(), fault);
    return reference;
  }

  /** What the caller reads instead of the fault. */
  public static String sentence(String reference) {
    return "The request could not be completed because of a fault on the server. Incident reference " + reference
        + ": quote it to the administrator, whose log holds the detail.";
  }
}
