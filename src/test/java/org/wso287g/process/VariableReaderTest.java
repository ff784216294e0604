package org.wso287g.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.wso287g.common.RuleViolation;

/** Reading form variables safely: bounded numbers and dates, offsets required, no object deserialized. */
class VariableReaderTest {

  private final VariableMap variables = Variables.createVariables();

  private VariableReader reader() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariableTyped(anyString(), anyBoolean()))
        .thenAnswer(call -> variables.getValueTyped(call.getArgument(0)));
    return VariableReader.of(scope);
  }

  private VariableReader with(String name, Object value) {
    if (value instanceof TypedValue typed) {
      variables.putValueTyped(name, typed);
    } else {
      variables.putValue(name, value);
    }
    return reader();
  }

  private static void refusedOn(Runnable read, String field) {
    assertThatThrownBy(read::run).isInstanceOfSatisfying(RuleViolation.class,
        v -> assertThat(v.field()).isEqualTo(field));
  }

  // ---------------------------------------------------------------- numbers

  @Test
  void numbersAsTheFormsAndRestClientsSendThem() {
    assertThat(with("n", 12L).integer("n", "The count")).isEqualTo(12);
    assertThat(with("n", "12").integer("n", "The count")).isEqualTo(12);
    assertThat(with("n", 12.0).integer("n", "The count")).isEqualTo(12);
    assertThat(with("n", "1e2").integer("n", "The count")).isEqualTo(100);
    assertThat(with("h", 7.5).decimal("h")).isEqualByComparingTo("7.5");
    assertThat(with("h", " 8.25 ").decimal("h")).isEqualByComparingTo("8.25");
    assertThat(with("h", "").decimal("h")).isNull();
    assertThat(reader().decimal("absent")).isNull();
  }

  @Test
  void aHugeExponentIsRefusedAtOnceNamingTheVariable() {
    VariableReader count = with("requestedOfficerCount", "1e999999999");
    VariableReader score = with("examScore", "1E+999999999");
    VariableReader tiny = with("trainingHours", "1e-999999999");
    VariableReader huge = with("huge", 1e308);
    long start = System.nanoTime();
    refusedOn(() -> count.integer("requestedOfficerCount", "The count"), "requestedOfficerCount");
    refusedOn(() -> score.integer("examScore", "The exam score"), "examScore");
    refusedOn(() -> tiny.decimal("trainingHours"), "trainingHours");
    refusedOn(() -> huge.decimal("huge"), "huge");
    // Reading 1e999999999 as an int used to build a billion-digit number (OutOfMemoryError).
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThatThrownBy(() -> with("n", "1e999999999").integer("n", "The count"))
        .hasMessage("'1e999999999' is out of range: at most 15 digits before the decimal point and 10 after it.");
  }

  @Test
  void anOverlongNumberIsRefusedBeforeItIsParsed() {
    String digits = "9".repeat(100_000);
    assertThatThrownBy(() -> with("examScore", digits).integer("examScore", "The exam score"))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("examScore"))
        .hasMessageStartingWith("'" + "9".repeat(40) + "…' is too long for a number or a date");
  }

  @Test
  void notANumberAFractionOrOutOfIntRangeIsRefusedWithTheReason() {
    assertThatThrownBy(() -> with("n", "twelve").integer("n", "The count")).hasMessage("'twelve' is not a number.");
    assertThatThrownBy(() -> with("n", Double.NaN).decimal("n")).hasMessage("'NaN' is not a number.");
    assertThatThrownBy(() -> with("n", 2.5).integer("n", "The count"))
        .hasMessage("The count must be a whole number; 2.5 was entered.");
    assertThatThrownBy(() -> with("n", "100000000000000").integer("n", "The count"))
        .hasMessage("The count is out of range; 100000000000000 was entered.");
    assertThatThrownBy(() -> reader().integer("missing", "The count")).hasMessage("The count is required.");
    assertThat(with("n", new BigDecimal("999999999999999")).decimal("n")).isEqualByComparingTo("999999999999999");
    refusedOn(() -> with("n", new BigDecimal("9999999999999999")).decimal("n"), "n");
  }

  // ---------------------------------------------------------------- dates and moments

  @Test
  void aDateIsAnIsoDateOrTheDateOfADateTimeWithItsOffset() {
    assertThat(with("d", "2026-03-26").date("d")).isEqualTo(LocalDate.of(2026, 3, 26));
    assertThat(with("d", "2026-03-26T23:30:00-05:00").date("d")).isEqualTo(LocalDate.of(2026, 3, 26));
    assertThat(with("d", new Date(Instant.parse("2026-03-26T12:00:00Z").toEpochMilli())).date("d"))
        .isEqualTo(LocalDate.of(2026, 3, 26));
    assertThat(with("d", " ").date("d")).isNull();
  }

  @Test
  void aDateWithGarbageOrWithoutOffsetOrTooLongIsRefused() {
    refusedOn(() -> with("letterDate", "2026-03-26garbage").date("letterDate"), "letterDate");
    refusedOn(() -> with("letterDate", "2026-03-26T10:00:00").date("letterDate"), "letterDate");
    refusedOn(() -> with("letterDate", "26/03/2026").date("letterDate"), "letterDate");
    refusedOn(() -> with("letterDate", "+999999999-12-31").date("letterDate"), "letterDate");
    refusedOn(() -> with("letterDate", "2026-03-26" + " ".repeat(10) + "x".repeat(100)).date("letterDate"), "letterDate");
  }

  @Test
  void aMomentNeedsItsOffset() {
    assertThat(with("t", "2026-11-28T14:30:00Z").instant("t")).isEqualTo(Instant.parse("2026-11-28T14:30:00Z"));
    assertThat(with("t", "2026-11-28T08:30-06:00").instant("t")).isEqualTo(Instant.parse("2026-11-28T14:30:00Z"));
    assertThat(with("t", Date.from(Instant.parse("2026-11-28T14:30:00Z"))).instant("t"))
        .isEqualTo(Instant.parse("2026-11-28T14:30:00Z"));
    assertThatThrownBy(() -> with("servedAt", "2026-11-28T14:30:00").instant("servedAt"))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("servedAt"))
        .hasMessage("'2026-11-28T14:30:00' is not a date and time with its offset from UTC; use the form "
            + "2026-11-28T14:30:00Z or 2026-11-28T08:30:00-06:00.");
    refusedOn(() -> with("servedAt", "tomorrow").instant("servedAt"), "servedAt");
    refusedOn(() -> with("servedAt", "2026-11-28T14:30:00Z".repeat(1000)).instant("servedAt"), "servedAt");
  }

  // ---------------------------------------------------------------- objects

  @Test
  void anObjectSentForAFormFieldIsRefusedWithoutBeingDeserialized() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariableTyped("agencyName", false)).thenReturn(Variables.serializedObjectValue("\"http://example.org\"")
        .objectTypeName("java.net.URL").serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    VariableReader read = VariableReader.of(scope);

    for (Runnable reading : new Runnable[] {() -> read.text("agencyName"), () -> read.decimal("agencyName"),
        () -> read.date("agencyName"), () -> read.instant("agencyName"), () -> read.bool("agencyName")}) {
      assertThatThrownBy(reading::run).isInstanceOfSatisfying(RuleViolation.class,
          v -> assertThat(v.field()).isEqualTo("agencyName")).hasMessageContaining("an object was sent");
    }
    verify(scope, never()).getVariable(anyString());
    verify(scope, never()).getVariableTyped(anyString(), eq(true));
  }

  @Test
  void textsBooleansAndChoicesAsBefore() {
    assertThat(with("s", "Demo").text("s")).isEqualTo("Demo");
    assertThat(reader().text("absent")).isNull();
    assertThat(with("b", "TRUE").bool("b")).isTrue();
    assertThat(with("b", false).bool("b")).isFalse();
    assertThatThrownBy(() -> with("b", "y".repeat(100)).bool("b")).hasMessage("'" + "y".repeat(40) + "…' is not true or false.");
  }
}
