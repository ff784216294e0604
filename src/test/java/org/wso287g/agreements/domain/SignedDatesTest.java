package org.wso287g.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The SIGNED column: only an Excel date from 1996 to today is a plausible signing date. */
class SignedDatesTest {

  static final LocalDate TODAY = LocalDate.of(2025, 7, 19);

  @Test
  void theEarliestPlausibleDateIsTheFirstOf1996() {
    assertThat(SignedDates.plausible(LocalDate.of(1995, 12, 31), TODAY).plausible()).isFalse();
    assertThat(SignedDates.plausible(LocalDate.of(1995, 12, 31), TODAY).rejection()).contains("1995-12-31")
        .contains("before 1996-01-01");
    assertThat(SignedDates.plausible(LocalDate.of(1996, 1, 1), TODAY).date()).isEqualTo(LocalDate.of(1996, 1, 1));
  }

  @Test
  void todayIsPlausibleTomorrowIsNot() {
    assertThat(SignedDates.plausible(TODAY, TODAY).date()).isEqualTo(TODAY);
    assertThat(SignedDates.plausible(TODAY.plusDays(1), TODAY).plausible()).isFalse();
    assertThat(SignedDates.plausible(TODAY.plusDays(1), TODAY).rejection()).contains("after today");
  }

  @Test
  void excelSerialsAreReadAsDates() {
    assertThat(SignedDates.serial(45833, false, TODAY).date()).isEqualTo(LocalDate.of(2025, 6, 25));
    assertThat(SignedDates.serial(43579, false, TODAY).date()).isEqualTo(LocalDate.of(2019, 4, 24));
    assertThat(SignedDates.serial(35065, false, TODAY).date()).isEqualTo(LocalDate.of(1996, 1, 1));
    assertThat(SignedDates.serial(35064, false, TODAY).plausible()).isFalse();
  }

  @Test
  void theYear5025OfThePublishedListIsRejected() {
    SignedDates.Result result = SignedDates.serial(1141572, false, TODAY);
    assertThat(result.plausible()).isFalse();
    assertThat(result.rejection()).isEqualTo("SIGNED 5025-07-07 is after today (2025-07-19).");
  }

  @Test
  void cellsOfAWorkbook() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
      Row row = workbook.createSheet().createRow(0);

      Cell date = row.createCell(0);
      date.setCellValue(LocalDateTime.of(2025, 7, 7, 0, 0));
      date.setCellStyle(dateStyle);
      assertThat(SignedDates.read(date, false, TODAY).date()).isEqualTo(LocalDate.of(2025, 7, 7));

      Cell plainNumber = row.createCell(1);
      plainNumber.setCellValue(45785);
      assertThat(SignedDates.read(plainNumber, false, TODAY).date()).isEqualTo(LocalDate.of(2025, 5, 8));

      Cell typed = row.createCell(2);
      typed.setCellValue("7/72025");
      assertThat(SignedDates.read(typed, false, TODAY).rejection())
          .isEqualTo("SIGNED '7/72025' is typed text, not a date: it is not guessed at.");

      Cell wellFormedText = row.createCell(3);
      wellFormedText.setCellValue("7/7/2025");
      assertThat(SignedDates.read(wellFormedText, false, TODAY).plausible()).isFalse();

      assertThat(SignedDates.read(row.createCell(4), false, TODAY).rejection()).isEqualTo("SIGNED is empty.");
      assertThat(SignedDates.read(null, false, TODAY).rejection()).isEqualTo("SIGNED is empty.");
    }
  }

  @Test
  void theDateSystemOf1904() {
    assertThat(SignedDates.serial(44371, true, TODAY).date()).isEqualTo(LocalDate.of(2025, 6, 25));
  }
}
