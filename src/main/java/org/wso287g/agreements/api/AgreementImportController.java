package org.wso287g.agreements.api;

import static org.wso287g.api.ApiDocs.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wso287g.agreements.domain.AgreementImport;
import org.wso287g.api.ApiProblem;
import org.wso287g.access.Action;
import org.wso287g.access.Jurisdiction;
import org.wso287g.api.Caller;
import org.wso287g.common.RuleViolation;

/** Upload of ICE's published participating or pending list; answers the row-by-row report. */
@RestController
@RequestMapping("/api/agreement-imports")
@RequiredArgsConstructor
@Tag(name = "Agreement imports", description = "ICE's published lists of participating and pending 287(g) agencies.")
class AgreementImportController {

  // Examples for the OpenAPI description, as the API answers them.
  private static final String REPORT = """
      {"importId": 1, "fileName": "participating-2025-07-19.xlsx", "kind": "PARTICIPATING", "repeated": false,
       "rowCount": 3, "imported": 1, "unchanged": 1, "skippedEmpty": 0, "rejected": 1,
       "rows": [
         {"rowNumber": 2, "outcome": "IMPORTED", "state": "LA", "agencyName": "Demo Parish Sheriff's Office",
          "model": "WSO", "signedOn": "2025-06-12",
          "detail": "New agency 1 (no ORI yet, field office NOL). New active WSO agreement 1, effective 2025-06-12."},
         {"rowNumber": 3, "outcome": "UNCHANGED", "state": "LA", "agencyName": "Demo Parish Sheriff's Office",
          "model": "WSO", "signedOn": "2025-06-12",
          "detail": "Agency 1 is on record. Its active WSO agreement 1 is on record, effective 2025-06-12."},
         {"rowNumber": 4, "outcome": "REJECTED", "state": "XX", "agencyName": "Demo Town Police Department",
          "model": "TFM", "signedOn": "2025-05-02", "detail": "STATE 'XX' is not a US state or territory."}],
       "notes": ["ICE's list carries no ORI: agencies are matched by state and normalised name; new agencies are \
      recorded without an ORI, which a later letter of interest of the same agency fills in."]}""";
  private static final String NOT_A_WORKBOOK = """
      {"type": "urn:wso287g:problem:rule-violation", "title": "Refused by the program's rules", "status": 400,
       "detail": "The file is not an Excel workbook (.xlsx) as ICE publishes its lists.",
       "instance": "/api/agreement-imports",
       "errors": [{"field": "file", "reason": "The file is not an Excel workbook (.xlsx) as ICE publishes its lists."}]}""";
  private static final String NOT_HQ = """
      {"type": "about:blank", "title": "Not allowed for your groups", "status": 403,
       "detail": "nol.director may not import ICE's published agreement lists for the program: that is for \
      camunda-admin, hq-287g.",
       "instance": "/api/agreement-imports"}""";
  private static final String TOO_LARGE = """
      {"type": "about:blank", "title": "Payload Too Large", "status": 413, "detail": "Maximum upload size exceeded",
       "instance": "/api/agreement-imports"}""";

  private final AgreementImport imports;
  private final ImportReportMapper mapper;
  private final Caller caller;

  @Operation(summary = "Import an ICE list",
      description = "Reads ICE's published participating or pending list (.xlsx, as published; told apart by the "
          + "header row), records the agencies and agreements that are new and reports every row: imported, unchanged, "
          + "skipped as empty, or rejected with the reason. Importing the same file again changes nothing. For "
          + "headquarters only (hq-287g, camunda-admin). Files up to 5 MB.")
  @ApiResponse(responseCode = "200", description = "The row-by-row report.", content = @Content(
      mediaType = "application/json", schema = @Schema(implementation = ImportReportDto.class),
      examples = @ExampleObject(name = "participating", summary = "Participating list", value = REPORT)))
  @ApiResponse(responseCode = "400", description = "The file is empty, not an .xlsx workbook, or not one of ICE's "
      + "two lists; or the request has no file part.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "notAWorkbook", summary = "Not a spreadsheet", value = NOT_A_WORKBOOK)))
  @ApiResponse(responseCode = "403", description = "The caller is not headquarters.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "notHeadquarters", summary = "A field office director", value = NOT_HQ)))
  @ApiResponse(responseCode = "413", description = "The upload is larger than 5 MB: not one of ICE's lists.",
      content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class),
          examples = @ExampleObject(name = "tooLarge", summary = "Over 5 MB", value = TOO_LARGE)))
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ImportReportDto importList(
      @Parameter(description = "ICE's participating or pending list, as published (.xlsx).")
      @RequestPart("file") MultipartFile file) throws IOException {
    caller.require(Action.IMPORT_AGREEMENTS, Jurisdiction.national(), "the program");
    if (file.isEmpty()) {
      throw new RuleViolation("file", "The upload is empty: send ICE's participating or pending list (.xlsx).");
    }
    try (InputStream in = file.getInputStream()) {
      return mapper.toDto(imports.importList(file.getOriginalFilename(), in, caller.userId()));
    }
  }
}
