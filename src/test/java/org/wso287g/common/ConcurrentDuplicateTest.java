package org.wso287g.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which refusals of the database are a race lost for a record kept once, and which are not. */
class ConcurrentDuplicateTest {

  private static RuntimeException refused(String sqlState) {
    // As Spring hands it over: the SQLException a few causes down.
    return new IllegalStateException("could not execute statement",
        new RuntimeException("constraint [ux_application_open_agency]", new SQLException("duplicate key", sqlState)));
  }

  @Test
  void aTakenUniqueKeyBecomesTheRulesSentenceWithTheDatabaseFailureAsItsCause() {
    RuntimeException failure = refused("23505");

    assertThatThrownBy(() -> ConcurrentDuplicate.unlessTaken(() -> { throw failure; }, () -> "Warrant W-1 is already lodged."))
        .isInstanceOf(ConcurrentDuplicate.class)
        .hasMessage("Warrant W-1 is already lodged.")
        .hasCause(failure);
  }

  @Test
  void aKeyStillHeldByAnotherTransactionAfterH2sLockTimeoutIsTakenToo() {
    assertThat(ConcurrentDuplicate.keyTaken(refused("HYT00"))).isTrue();
  }

  @Test
  void everyOtherFailureStaysAsItIs() {
    RuntimeException tooLong = refused("22001");
    RuntimeException rule = new RuleViolation("warrantNumber", "The warrant number is required.");

    assertThatThrownBy(() -> ConcurrentDuplicate.unlessTaken(() -> { throw tooLong; }, () -> "never")).isSameAs(tooLong);
    assertThatThrownBy(() -> ConcurrentDuplicate.unlessTaken(() -> { throw rule; }, () -> "never")).isSameAs(rule);
    assertThat(ConcurrentDuplicate.keyTaken(new IllegalStateException("no database involved"))).isFalse();
  }

  @Test
  void aWriteTheDatabaseAcceptsAnswersItsRecord() {
    assertThat(ConcurrentDuplicate.unlessTaken(() -> "WSO-2026-0001", () -> "never")).isEqualTo("WSO-2026-0001");
  }
}
