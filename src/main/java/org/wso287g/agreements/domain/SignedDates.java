package org.wso287g.agreements.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the SIGNED cell of ICE's list and decides whether it is a plausible signing date. Nothing is
 * guessed: a value is taken only when the cell holds an Excel date (a serial number) between
 * {@link #EARLIEST} (the 287(g) program's statute dates from 1996) and today, inclusive.
 *
 * <ul>
 *   <li>typed text, even one that looks like a date ({@code 7/72025}, {@code 05/082025}, or a well
 *       formed {@code 7/7/2025}), is rejected: the cell's format says it is not a date, and
 *       {@code 7/72025} could be 7 July or 27 July;</li>
 *   <li>a serial before 1 January 1996 or after today (the year 5025 of the published list) is
 *       rejected;</li>
 *   <li>an empty or error cell is rejected.</li>
 * </ul>
 */
public final class SignedDates {

  /** Section 287(g) was added to the INA by IIRIRA, 1996. */
  public static final LocalDate EARLIEST = LocalDate.of(1996, 1, 1);

  /** A plausible date, or the reason why the value is not one. */
  public record Result(LocalDate date, String rejection) {

    static Result ok(LocalDate date) {
      return new Result(date, null);
    }

    static Result rejected(String reason) {
      return new Result(null, reason);
    }

    public boolean plausible() {
      return date != null;
    }
  }

  private SignedDates() {}

  public static Result read(Cell cell, boolean date1904, LocalDate today) {
    if (cell == null) {
      return Result.rejected("SIGNED is empty.");
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> serial(cell.getNumericCellValue(), date1904, today);
      case STRING -> {
        String text = cell.getStringCellValue().trim();
        yield text.isEmpty() ? Result.rejected("SIGNED is empty.") : text(text);
      }
      case BLANK -> Result.rejected("SIGNED is empty.");
      default -> Result.rejected("SIGNED is not a date (" + type.name().toLowerCase() + " cell).");
    };
  }

  /** An Excel date serial (days since 1900, or 1904 in a workbook of that system). */
  public static Result serial(double serial, boolean date1904, LocalDate today) {
    if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
      return Result.rejected("SIGNED " + serial + " is not an Excel date.");
    }
    LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904);
    if (at == null) {
      return Result.rejected("SIGNED " + serial + " is not an Excel date.");
    }
    return plausible(at.toLocalDate(), today);
  }

  /** Text in the SIGNED column is never taken for a date. */
  public static Result text(String text) {
    return Result.rejected("SIGNED '" + text + "' is typed text, not a date: it is not guessed at.");
  }

  public static Result plausible(LocalDate date, LocalDate today) {
    if (date.isBefore(EARLIEST)) {
      return Result.rejected("SIGNED " + date + " is before " + EARLIEST + ": no 287(g) agreement is that old.");
    }
    if (date.isAfter(today)) {
      return Result.rejected("SIGNED " + date + " is after today (" + today + ").");
    }
    return Result.ok(date);
  }
}
