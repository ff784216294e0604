package org.wso287g.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.testing.RaisedProblems;

class NoticeTest {

  private static List<Problem> problemsOf(Notice notice) {
    return RaisedProblems.of(problems -> notice.validate(problems));
  }

  @ParameterizedTest
  @CsvSource({"ICE,TERMINATION,false", "ICE,SUSPENSION,true", "LEA,TERMINATION,true", "LEA,SUSPENSION,false"})
  void aNoticeFromEitherPartyOfEitherKindIsAccepted(String from, String kind, boolean exigent) {
    assertThat(problemsOf(new Notice(from, kind, "Budget cuts", exigent))).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"FBI", "DHS"})
  void aNoticeFromAnyoneElseIsRefusedSayingWhoWasGiven(String from) {
    List<Problem> problems = problemsOf(new Notice(from, Notice.TERMINATION, "Budget cuts", false));

    assertThat(problems).extracting(Problem::field).containsExactly("noticeFrom");
    assertThat(problems.get(0).reason()).isEqualTo("The notice must come from ICE or LEA; '" + from + "' was given.");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"PAUSE", "EXPIRY"})
  void aNoticeOfAnotherKindIsRefusedSayingWhatWasGiven(String kind) {
    List<Problem> problems = problemsOf(new Notice("ICE", kind, "Budget cuts", false));

    assertThat(problems).extracting(Problem::field).containsExactly("noticeKind");
    assertThat(problems.get(0).reason())
        .isEqualTo("The notice must be a TERMINATION or a SUSPENSION; '" + kind + "' was given.");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void aNoticeWithoutAReasonIsRefused(String reason) {
    List<Problem> problems = problemsOf(new Notice("LEA", Notice.SUSPENSION, reason, false));

    assertThat(problems).extracting(Problem::field).containsExactly("noticeReason");
    assertThat(problems.get(0).reason()).isEqualTo("The notice must give a reason (at most 2000 characters).");
  }

  @Test
  void aReasonLongerThanTheRecordHoldsIsRefused() {
    assertThat(problemsOf(new Notice("ICE", Notice.TERMINATION, "x".repeat(2001), false)))
        .extracting(Problem::field).containsExactly("noticeReason");
    assertThat(problemsOf(new Notice("ICE", Notice.TERMINATION, "x".repeat(2000), false))).isEmpty();
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    assertThat(problemsOf(new Notice("X", "Y", "", true))).extracting(Problem::field)
        .containsExactly("noticeFrom", "noticeKind", "noticeReason");
  }

  @Test
  void aTerminationEndsTheMoaTerminated() {
    assertThat(new Notice("ICE", Notice.TERMINATION, "Budget cuts", false).endStatus()).isEqualTo(MoaStatus.TERMINATED);
  }

  @Test
  void aSuspensionEndsTheMoaSuspended() {
    assertThat(new Notice("LEA", Notice.SUSPENSION, "Jail renovation", true).endStatus()).isEqualTo(MoaStatus.SUSPENDED);
  }
}
