package org.wso287g.vetting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.testing.RaisedProblems;

class NominationTest {

  private static Nomination citizen(String name, String badge, String email) {
    return new Nomination(name, badge, email, true);
  }

  private static List<Problem> problemsOf(List<Nomination> nominations) {
    return RaisedProblems.of(problems -> Nomination.validate(nominations, problems));
  }

  private static List<String> fieldsOf(List<Nomination> nominations) {
    return problemsOf(nominations).stream().map(Problem::field).toList();
  }

  @Test
  void aCompleteNominationHasNoProblems() {
    assertThat(problemsOf(List.of(
        citizen("John Doe", "B-101", "john.doe@demoparish.example.gov"),
        citizen("Mary Major", "B-102", "mary.major@demoparish.example.gov")))).isEmpty();
  }

  @Test
  void textIsTrimmedAndTheEmailLowerCased() {
    Nomination n = new Nomination("  John Doe ", " B-101 ", " John.Doe@DemoParish.Example.GOV ", true);

    assertThat(n.fullName()).isEqualTo("John Doe");
    assertThat(n.badgeNumber()).isEqualTo("B-101");
    assertThat(n.email()).isEqualTo("john.doe@demoparish.example.gov");
  }

  @Test
  void anEmptyListIsRefusedOnCandidates() {
    List<Problem> problems = problemsOf(List.of());

    assertThat(problems).extracting(Problem::field).containsExactly("candidates");
    assertThat(problems.get(0).reason()).isEqualTo("Nominate at least one candidate.");
  }

  @Test
  void missingFieldsAreNamedByTheirRowInTheForm() {
    List<Problem> problems = problemsOf(List.of(
        citizen("John Doe", "B-101", "john.doe@demoparish.example.gov"),
        citizen(" ", null, "not-an-email")));

    assertThat(problems).extracting(Problem::field)
        .containsExactly("candidates[1].fullName", "candidates[1].badgeNumber", "candidates[1].email");
    assertThat(problems).extracting(Problem::reason).allMatch(reason -> reason.startsWith("Candidate 2: "));
  }

  @Test
  void aMissingEmailIsRefused() {
    assertThat(fieldsOf(List.of(citizen("John Doe", "B-101", null)))).containsExactly("candidates[0].email");
  }

  @Test
  void aNonCitizenIsRefused() {
    List<Problem> problems = problemsOf(List.of(
        citizen("John Doe", "B-101", "john.doe@demoparish.example.gov"),
        citizen("Mary Major", "B-102", "mary.major@demoparish.example.gov"),
        new Nomination("Richard Roe", "B-103", "richard.roe@demoparish.example.gov", false)));

    assertThat(problems).extracting(Problem::field).containsExactly("candidates[2].usCitizen");
    assertThat(problems.get(0).reason()).startsWith("Candidate 3: only U.S. citizens can be nominated");
  }

  @Test
  void aBadgeNumberOfTwentyCharactersIsAcceptedAndOfTwentyOneRefused() {
    assertThat(problemsOf(List.of(citizen("John Doe", "B".repeat(20), "john.doe@demoparish.example.gov")))).isEmpty();
    assertThat(fieldsOf(List.of(citizen("John Doe", "B".repeat(21), "john.doe@demoparish.example.gov"))))
        .containsExactly("candidates[0].badgeNumber");
  }

  @Test
  void theSameBadgeTwiceInOneListIsRefusedOnTheSecondRow() {
    List<Problem> problems = problemsOf(List.of(
        citizen("John Doe", "B-101", "john.doe@demoparish.example.gov"),
        citizen("Mary Major", "B-102", "mary.major@demoparish.example.gov"),
        citizen("Richard Roe", " B-101", "richard.roe@demoparish.example.gov")));

    assertThat(problems).extracting(Problem::field).containsExactly("candidates[2].badgeNumber");
    assertThat(problems.get(0).reason()).isEqualTo("Candidate 3: badge number B-101 is nominated twice.");
  }

  @Test
  void blankBadgesAreNotReportedAsDuplicates() {
    assertThat(fieldsOf(List.of(
        citizen("John Doe", " ", "john.doe@demoparish.example.gov"),
        citizen("Mary Major", " ", "mary.major@demoparish.example.gov"))))
        .containsExactly("candidates[0].badgeNumber", "candidates[1].badgeNumber");
  }

  @ParameterizedTest
  @ValueSource(strings = {"john.doe", "john@doe", "john doe@demo.gov", "@demo.gov"})
  void anEmailThatIsNotAnAddressIsRefused(String email) {
    List<Problem> problems = problemsOf(List.of(citizen("John Doe", "B-101", email)));

    assertThat(problems).extracting(Problem::field).containsExactly("candidates[0].email");
    assertThat(problems.get(0).reason()).isEqualTo("Candidate 1: the email must be an email address.");
  }

  @Test
  void everyProblemOfEveryRowIsReportedAtOnce() {
    assertThat(fieldsOf(List.of(
        new Nomination(null, "B-101", "x", false),
        new Nomination("Mary Major", "B-101", "mary.major@demoparish.example.gov", true))))
        .containsExactly("candidates[0].fullName", "candidates[0].email", "candidates[0].usCitizen",
            "candidates[1].badgeNumber");
  }

  @Test
  void theSameEmailTwiceInOneNominationIsRefusedWhateverItsCase() {
    List<Problem> problems = problemsOf(List.of(
        citizen("John Doe", "B-101", "john.doe@demoparish.example.gov"),
        citizen("Johnny Doe", "B-109", "John.Doe@DemoParish.example.gov")));

    assertThat(problems).extracting(Problem::field).containsExactly("candidates[1].email");
    assertThat(problems.get(0).reason()).isEqualTo("Candidate 2: john.doe@demoparish.example.gov is nominated twice.");
  }

  @Test
  void twoOfficersWithTheSameLocalPartAtTwoDomainsAreTwoCandidates() {
    assertThat(problemsOf(List.of(
        citizen("John Smith", "B-101", "jsmith@demoparish.example.gov"),
        citizen("Jane Smith", "B-102", "jsmith@sheriff.example.gov")))).isEmpty();
  }
}
