package org.wso287g.agreements.api;

import java.time.LocalDate;
import java.util.List;

/** The account of one import of an ICE list, as the API returns it. */
public record ImportReportDto(
    Long importId,
    String fileName,
    String kind,
    boolean repeated,
    int rowCount,
    int imported,
    int unchanged,
    int skippedEmpty,
    int rejected,
    List<RowDto> rows,
    List<String> notes) {

  /** One spreadsheet row (numbered as in Excel, the header is row 1) and what the import did with it. */
  public record RowDto(int rowNumber, String outcome, String detail, String state, String agencyName, String model,
      LocalDate signedOn) {}
}
