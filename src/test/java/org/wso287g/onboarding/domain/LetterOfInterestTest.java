package org.wso287g.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wso287g.common.Problems;
import org.wso287g.common.RuleViolation;
import org.wso287g.common.RuleViolation.Problem;
import org.wso287g.testing.RaisedProblems;

class LetterOfInterestTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

  private static LetterOfInterest letter(String name, String ori, String state, int officers, LocalDate date,
      String email) {
    return new LetterOfInterest(name, ori, state, "Demo Parish", "Demo Parish Correctional Center", "NOL", officers,
        date, "Jane Roe", email);
  }

  private static LetterOfInterest good() {
    return letter("Demo Parish Sheriff's Office", "LA0990000", "LA", 12, LocalDate.of(2026, 3, 2),
        "jane.roe@demoparish.example.gov");
  }

  /** The problems {@link LetterOfInterest#validate} names, read back through the RuleViolation they raise. */
  private static List<Problem> problemsOf(LetterOfInterest letter) {
    return RaisedProblems.of(problems -> letter.validate(TODAY, problems));
  }

  private static List<String> fieldsOf(LetterOfInterest letter) {
    return problemsOf(letter).stream().map(Problem::field).toList();
  }

  @Test
  void aCompleteLetterHasNoProblems() {
    assertThat(problemsOf(good())).isEmpty();
  }

  @Test
  void codesAreUpperCasedAndTextIsTrimmed() {
    LetterOfInterest letter = new LetterOfInterest("  Demo Parish Sheriff's Office ", " la0990000 ", "la",
        " Demo Parish ", " Demo Jail ", "nol", 3, TODAY, " Jane Roe ", " jane@demo.example.gov ");

    assertThat(letter.agencyOri()).isEqualTo("LA0990000");
    assertThat(letter.agencyState()).isEqualTo("LA");
    assertThat(letter.fieldOfficeCode()).isEqualTo("NOL");
    assertThat(letter.agencyName()).isEqualTo("Demo Parish Sheriff's Office");
    assertThat(letter.agencyCounty()).isEqualTo("Demo Parish");
    assertThat(letter.jailFacilityName()).isEqualTo("Demo Jail");
    assertThat(letter.contactName()).isEqualTo("Jane Roe");
    assertThat(letter.contactEmail()).isEqualTo("jane@demo.example.gov");
    assertThat(problemsOf(letter)).isEmpty();
  }

  @Test
  void nullCodesStayNull() {
    LetterOfInterest letter = new LetterOfInterest(null, null, null, null, null, null, 1, TODAY, null, null);

    assertThat(letter.agencyOri()).isNull();
    assertThat(letter.agencyState()).isNull();
    assertThat(letter.fieldOfficeCode()).isNull();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void aBlankAgencyNameIsRefused(String name) {
    List<Problem> problems = problemsOf(letter(name, "LA0990000", "LA", 12, TODAY, "jane@demo.example.gov"));

    assertThat(problems).extracting(Problem::field).containsExactly("agencyName");
    assertThat(problems.get(0).reason()).isEqualTo("The agency name is required.");
  }

  @Test
  void aBlankCountyJailAndContactAreRefusedTogether() {
    LetterOfInterest letter = new LetterOfInterest("Demo SO", "LA0990000", "LA", " ", "", "NOL", 12, TODAY, null,
        "jane@demo.example.gov");

    assertThat(fieldsOf(letter)).containsExactly("agencyCounty", "jailFacilityName", "contactName");
  }

  @Test
  void anOriOfEightCharactersIsRefused() {
    List<Problem> problems = problemsOf(letter("Demo SO", "LA099000", "LA", 12, TODAY, "jane@demo.example.gov"));

    assertThat(problems).extracting(Problem::field).containsExactly("agencyOri");
    assertThat(problems.get(0).reason()).contains("9 characters");
  }

  @Test
  void anOriOfTenCharactersIsRefused() {
    assertThat(fieldsOf(letter("Demo SO", "LA09900001", "LA", 12, TODAY, "jane@demo.example.gov")))
        .containsExactly("agencyOri");
  }

  @Test
  void aLowerCaseOriIsNormalisedAndAccepted() {
    LetterOfInterest letter = letter("Demo SO", "la0990000", "la", 12, TODAY, "jane@demo.example.gov");

    assertThat(letter.agencyOri()).isEqualTo("LA0990000");
    assertThat(problemsOf(letter)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"L10990000", "1A0990000", "120990000"})
  void digitsInTheStatePartOfTheOriAreRefused(String ori) {
    assertThat(fieldsOf(letter("Demo SO", ori, "LA", 12, TODAY, "jane@demo.example.gov")))
        .containsExactly("agencyOri");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LA-990000", "LA 990000", "LA099000_"})
  void punctuationInTheOriIsRefused(String ori) {
    assertThat(fieldsOf(letter("Demo SO", ori, "LA", 12, TODAY, "jane@demo.example.gov")))
        .containsExactly("agencyOri");
  }

  @Test
  void aMissingOriIsRefused() {
    assertThat(fieldsOf(letter("Demo SO", null, "LA", 12, TODAY, "jane@demo.example.gov")))
        .containsExactly("agencyOri");
  }

  @Test
  void anOriThatDoesNotStartWithTheStatesLettersIsRefusedNamingBoth() {
    List<Problem> problems = problemsOf(letter("Demo SO", "ms0990000", "la", 12, TODAY, "jane@demo.example.gov"));

    assertThat(problems).extracting(Problem::field).containsExactly("agencyOri");
    assertThat(problems.get(0).reason()).isEqualTo(
        "The ORI MS0990000 does not belong to the state LA: an ORI starts with the state's two letters.");
  }

  @Test
  void aMalformedOriIsReportedOnceEvenIfTheStateDiffers() {
    assertThat(fieldsOf(letter("Demo SO", "MS099000", "LA", 12, TODAY, "jane@demo.example.gov")))
        .containsExactly("agencyOri");
  }

  @Test
  void zeroOfficersIsRefusedSayingTheEnteredValue() {
    List<Problem> problems = problemsOf(letter("Demo SO", "LA0990000", "LA", 0, TODAY, "jane@demo.example.gov"));

    assertThat(problems).extracting(Problem::field).containsExactly("requestedOfficerCount");
    assertThat(problems.get(0).reason())
        .isEqualTo("The number of officers to train must be between 1 and 200; 0 was entered.");
  }

  @Test
  void aNegativeOfficerCountIsRefused() {
    assertThat(fieldsOf(letter("Demo SO", "LA0990000", "LA", -3, TODAY, "jane@demo.example.gov")))
        .containsExactly("requestedOfficerCount");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 199, 200})
  void oneToTwoHundredOfficersAreAccepted(int officers) {
    assertThat(problemsOf(letter("Demo SO", "LA0990000", "LA", officers, TODAY, "jane@demo.example.gov"))).isEmpty();
  }

  @Test
  void twoHundredAndOneOfficersIsRefusedSayingTheEnteredValue() {
    List<Problem> problems = problemsOf(letter("Demo SO", "LA0990000", "LA", 201, TODAY, "jane@demo.example.gov"));

    assertThat(problems).extracting(Problem::field).containsExactly("requestedOfficerCount");
    assertThat(problems.get(0).reason()).contains("201 was entered").contains("between 1 and 200");
  }

  @Test
  void aLetterDatedTodayIsAccepted() {
    assertThat(problemsOf(letter("Demo SO", "LA0990000", "LA", 12, TODAY, "jane@demo.example.gov"))).isEmpty();
  }

  @Test
  void aLetterDatedInTheFutureIsRefused() {
    List<Problem> problems = problemsOf(letter("Demo SO", "LA0990000", "LA", 12, TODAY.plusDays(1),
        "jane@demo.example.gov"));

    assertThat(problems).extracting(Problem::field).containsExactly("letterDate");
    assertThat(problems.get(0).reason()).contains("cannot be in the future");
  }

  @Test
  void aLetterWithoutADateIsRefused() {
    assertThat(fieldsOf(letter("Demo SO", "LA0990000", "LA", 12, null, "jane@demo.example.gov")))
        .containsExactly("letterDate");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"jane.roe", "jane@demo", "@demo.gov", "jane@@demo.gov", "jane roe@demo.gov", "jane@demo .gov"})
  void aContactEmailThatIsNotAnEmailAddressIsRefused(String email) {
    List<Problem> problems = problemsOf(letter("Demo SO", "LA0990000", "LA", 12, TODAY, email));

    assertThat(problems).extracting(Problem::field).containsExactly("contactEmail");
    assertThat(problems.get(0).reason()).isEqualTo("The contact email must be an email address.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jane@demo.gov", "jane.roe+wso@sheriff.demo-parish.la.gov", "J.Roe@Demo.Example.GOV"})
  void ordinaryEmailAddressesAreAccepted(String email) {
    assertThat(problemsOf(letter("Demo SO", "LA0990000", "LA", 12, TODAY, email))).isEmpty();
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    LetterOfInterest letter = new LetterOfInterest(" ", "LA99", "LA", null, null, "NOL", 0, TODAY.plusDays(3), "",
        "nobody");

    assertThat(fieldsOf(letter)).containsExactly("agencyName", "agencyOri", "agencyCounty", "jailFacilityName",
        "requestedOfficerCount", "letterDate", "contactName", "contactEmail");
  }

  @Test
  void theViolationMessageJoinsEveryReasonAndNamesTheFirstField() {
    Problems problems = new Problems();
    letter(null, "LA0990000", "LA", 201, TODAY, "jane@demo.example.gov").validate(TODAY, problems);

    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> {
          RuleViolation violation = (RuleViolation) e;
          assertThat(violation.field()).isEqualTo("agencyName");
          assertThat(violation.getMessage()).isEqualTo("The agency name is required. "
              + "The number of officers to train must be between 1 and 200; 201 was entered.");
        });
  }
}
