package org.wso287g.agreements.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The account of one import of an ICE list, as the API returns it. */
@Schema(description = "What one import of ICE's participating or pending list did, row by row.")
public record ImportReportDto(
    @Schema(description = "Import id.", example = "1") Long importId,
    @Schema(description = "Name of the uploaded file.", example = "participating-2025-07-19.xlsx") String fileName,
    @Schema(description = "Which list the header row says it is: PARTICIPATING or PENDING.", example = "PARTICIPATING")
    String kind,
    @Schema(description = "True when this very file was imported before (nothing new is recorded then).",
        example = "false")
    boolean repeated,
    @Schema(description = "Rows below the header.", example = "3") int rowCount,
    @Schema(description = "Rows that recorded a new agency or agreement.", example = "1") int imported,
    @Schema(description = "Rows already on record, identical.", example = "1") int unchanged,
    @Schema(description = "Rows without values.", example = "0") int skippedEmpty,
    @Schema(description = "Rows that could not be taken; each says why.", example = "1") int rejected,
    @Schema(description = "Every row, in sheet order.") List<RowDto> rows,
    @Schema(description = "Remarks on the file as a whole.") List<String> notes) {

  /** One spreadsheet row (numbered as in Excel, the header is row 1) and what the import did with it. */
  @Schema(description = "One spreadsheet row (numbered as in Excel, the header is row 1) and what was done with it.")
  public record RowDto(
      @Schema(description = "Row number as Excel shows it.", example = "2") int rowNumber,
      @Schema(description = "IMPORTED, UNCHANGED, SKIPPED_EMPTY or REJECTED.", example = "IMPORTED") String outcome,
      @Schema(description = "What was recorded, or why the row was rejected.",
          example = "New agency 1 (no ORI yet, field office NOL). New active WSO agreement 1, effective 2025-06-12.")
      String detail,
      @Schema(description = "Two-letter state code from the row.", example = "LA") String state,
      @Schema(description = "Agency name from the row.", example = "Demo Parish Sheriff's Office") String agencyName,
      @Schema(description = "WSO, JEM or TFM.", example = "WSO") String model,
      @Schema(description = "The SIGNED date (participating list only).", example = "2025-06-12") LocalDate signedOn) {}
}
