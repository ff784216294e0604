package org.wso287g.agreements.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The account of one import, row by row: every data row of the file (header excluded) appears once
 * in {@link #rows()}, numbered as Excel numbers it (the header is row 1), and the totals add up to
 * {@link #rowCount()}.
 *
 * @param importId the record of this import, or, when the same file (same SHA-256) was imported
 *     before and this import changed nothing, the earlier record (no new one is written)
 * @param repeated whether a file with the same SHA-256 had been imported before
 * @param notes the assumptions the import made (see {@link AgreementImport})
 */
public record ImportReport(
    Long importId,
    String fileName,
    ListKind kind,
    String sha256,
    boolean repeated,
    int rowCount,
    int imported,
    int unchanged,
    int skippedEmpty,
    int rejected,
    List<Row> rows,
    List<String> notes) {

  /**
   * One row and its outcome.
   *
   * @param detail for a rejected row the reason(s); otherwise what was recorded or found
   * @param model {@code WSO}, {@code JEM} or {@code TFM} when the SUPPORT TYPE was understood
   * @param signedOn the SIGNED date when it was plausible (participating list only)
   */
  public record Row(
      int rowNumber,
      RowOutcome outcome,
      String detail,
      String state,
      String agencyName,
      String model,
      LocalDate signedOn,
      Long agencyId,
      Long moaId) {}

  public List<Row> rows(RowOutcome outcome) {
    return rows.stream().filter(row -> row.outcome() == outcome).toList();
  }

  public Row row(int rowNumber) {
    return rows.stream().filter(row -> row.rowNumber() == rowNumber).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The file has no data row " + rowNumber + "."));
  }
}
