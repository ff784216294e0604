package org.wso287g.agreements.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wso287g.common.RuleViolation;
import org.wso287g.fieldoffice.FieldOffice;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.fieldoffice.FieldOfficeRepository;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyNames;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.Moa;
import org.wso287g.onboarding.domain.MoaRepository;
import org.wso287g.onboarding.domain.MoaStatus;

/**
 * Imports one of ICE's published 287(g) lists (participating or pending agencies, .xlsx as published)
 * and accounts for every row: imported, unchanged, skipped as empty, or rejected with its row number
 * and the reason. Importing the same file again changes nothing.
 *
 * <p>What the import assumes, because the list does not say (also listed in every report's notes):
 * <ul>
 *   <li>ICE's list carries no ORI: an agency is matched by state and {@link AgencyNames normalised
 *       name}; a new one is recorded with an empty ORI, which a later letter of interest of the same
 *       agency fills in.</li>
 *   <li>The field office of a new agency is the one serving its state; for a state served by several
 *       offices (TX, CA, NY) it is the first of them by code in {@code field_office} (TX: DAL, CA:
 *       LOS, NY: BUF). That is a guess, to be corrected when the agency applies.</li>
 *   <li>An agreement of the participating list is ACTIVE, effective on its SIGNED date, of model
 *       {@code WSO}, {@code JEM} or {@code TFM} after SUPPORT TYPE. An agency the import finds as a
 *       prospect and gives an active WSO agreement becomes OPERATIONAL (its operational-since date stays
 *       empty: the list does not say); with only JEM or TFM agreements it stays a PROSPECT.</li>
 *   <li>A pending row records the agency (PROSPECT) and no agreement.</li>
 *   <li>A row that repeats an active agreement of the same agency and model is UNCHANGED when the dates
 *       agree (or the agreement was made through this application's workflow) and REJECTED when the
 *       SIGNED date differs from the effective date on record: nothing on record is overwritten.</li>
 *   <li>A county given as {@code #N/A} (an error cell, or that text) is recorded as unknown.</li>
 * </ul>
 */
@Service
@Transactional
@RequiredArgsConstructor
public class AgreementImport {

  static final List<String> NOTES = List.of(
      "ICE's list carries no ORI: agencies are matched by state and normalised name; new agencies are "
          + "recorded without an ORI, which a later letter of interest of the same agency fills in.",
      "Field office of a new agency: the office serving its state; for TX, CA and NY, served by several "
          + "offices, the first by code (TX: DAL, CA: LOS, NY: BUF), a guess to be corrected when the agency "
          + "applies.",
      "A participating row is an ACTIVE agreement effective on SIGNED; an agency that was a prospect and "
          + "gets an active WSO agreement becomes OPERATIONAL (operational-since unknown).",
      "A pending row records the agency as a PROSPECT and no agreement.",
      "SIGNED is taken only from an Excel date between 1996-01-01 and today; typed text is rejected, "
          + "never guessed at.",
      "A county of #N/A is recorded as unknown.");

  static final String STATE = "STATE";
  static final String AGENCY = "LAW ENFORCEMENT AGENCY";
  static final String TYPE = "TYPE";
  static final String COUNTY = "COUNTY";
  static final String SUPPORT_TYPE = "SUPPORT TYPE";
  static final String SIGNED = "SIGNED";
  static final String MOA = "MOA";

  private static final Map<String, String> MODELS = Map.of(
      "WARRANT SERVICE OFFICER", Moa.WSO,
      "JAIL ENFORCEMENT MODEL", Moa.JEM,
      "TASK FORCE MODEL", Moa.TFM);

  private static final int NAME_LENGTH = 120;
  private static final int COUNTY_LENGTH = 80;

  private final AgencyRepository agencies;
  private final MoaRepository moas;
  private final FieldOfficeRepository fieldOffices;
  private final FieldOfficeCalendar calendar;
  private final AgreementImportRecordRepository imports;
  private final AgreementImportRowRepository importRows;
  private final Clock clock;

  /**
   * Reads the list, records what is new, and reports every row.
   *
   * @throws RuleViolation (field {@code file}) when the file is not a spreadsheet or its header row is
   *     not one of ICE's two lists
   */
  public ImportReport importList(String fileName, InputStream xlsx, String actor) {
    byte[] content;
    try {
      content = xlsx.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The uploaded file could not be read.", e);
    }
    String sha256 = sha256(content);
    try (Workbook workbook = open(content)) {
      Sheet sheet = workbook.getSheetAt(0);
      Header header = header(sheet);
      boolean date1904 = workbook instanceof XSSFWorkbook xssf && xssf.isDate1904();
      FieldOfficeChoice offices = new FieldOfficeChoice(fieldOffices.findAll(Sort.by("code")));

      List<ImportReport.Row> rows = new ArrayList<>();
      for (int index = 1; index <= sheet.getLastRowNum(); index++) {
        rows.add(row(header, sheet.getRow(index), index + 1, date1904, offices));
      }
      return report(fileName, header.kind(), sha256, actor, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("The uploaded file could not be read.", e);
    }
  }

  // ------------------------------------------------------------------------------------ reading

  private static Workbook open(byte[] content) throws IOException {
    try {
      return WorkbookFactory.create(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      throw new RuleViolation("file", "The file is not an Excel workbook (.xlsx) as ICE publishes its lists.");
    }
  }

  record Header(ListKind kind, Map<String, Integer> columns) {

    Integer column(String name) {
      return columns.get(name);
    }
  }

  static Header header(Sheet sheet) {
    Row first = sheet.getRow(0);
    Map<String, Integer> columns = new HashMap<>();
    if (first != null) {
      for (Cell cell : first) {
        String name = text(cell);
        if (name != null) {
          columns.putIfAbsent(name.toUpperCase(Locale.ROOT), cell.getColumnIndex());
        }
      }
    }
    boolean common = columns.keySet().containsAll(List.of(STATE, AGENCY, SUPPORT_TYPE));
    if (common && columns.containsKey(SIGNED) && columns.containsKey(MOA)) {
      return new Header(ListKind.PARTICIPATING, columns);
    }
    if (common && !columns.containsKey(SIGNED) && !columns.containsKey(MOA)) {
      return new Header(ListKind.PENDING, columns);
    }
    throw new RuleViolation("file", "The first row is not the header of one of ICE's 287(g) lists: expected "
        + String.join(", ", STATE, AGENCY, TYPE, COUNTY, SUPPORT_TYPE) + " (pending), followed by " + SIGNED
        + ", " + MOA + " and ADDENDUM (participating); found " + columns.keySet() + ".");
  }

  /** The trimmed text of a cell; {@code null} for a missing, blank, empty or error cell. */
  static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    String value = switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> String.valueOf(cell.getNumericCellValue());
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> null;
    };
    if (value == null) {
      return null;
    }
    value = value.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ");
    return value.isEmpty() ? null : value;
  }

  private static Cell cell(Row row, Integer column) {
    return row == null || column == null ? null : row.getCell(column);
  }

  private static boolean empty(Row row) {
    if (row == null) {
      return true;
    }
    for (Cell cell : row) {
      if (text(cell) != null) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------------------ one row

  private ImportReport.Row row(Header header, Row row, int rowNumber, boolean date1904, FieldOfficeChoice offices) {
    if (empty(row)) {
      return new ImportReport.Row(rowNumber, RowOutcome.SKIPPED_EMPTY, "The row has no values.", null, null, null,
          null, null, null);
    }
    String stateText = text(cell(row, header.column(STATE)));
    String name = text(cell(row, header.column(AGENCY)));
    String county = county(text(cell(row, header.column(COUNTY))));
    String supportType = text(cell(row, header.column(SUPPORT_TYPE)));

    List<String> problems = new ArrayList<>();
    Optional<String> state = UsStates.code(stateText);
    if (stateText == null) {
      problems.add("STATE is empty.");
    } else if (state.isEmpty()) {
      problems.add("STATE '" + stateText + "' is not a US state or territory.");
    }
    String normalized = AgencyNames.normalize(name);
    if (normalized == null) {
      problems.add("LAW ENFORCEMENT AGENCY is empty.");
    } else if (name.length() > NAME_LENGTH) {
      problems.add("LAW ENFORCEMENT AGENCY is longer than " + NAME_LENGTH + " characters.");
    }
    String model = supportType == null ? null : MODELS.get(supportType.toUpperCase(Locale.ROOT));
    if (supportType == null) {
      problems.add("SUPPORT TYPE is empty.");
    } else if (model == null) {
      problems.add("SUPPORT TYPE '" + supportType + "' is not one of Warrant Service Officer, Jail Enforcement "
          + "Model, Task Force Model.");
    }
    Optional<FieldOffice> office = state.flatMap(offices::forState);
    LocalDate signedOn = null;
    if (header.kind() == ListKind.PARTICIPATING) {
      // "Not after today" where the agency's field office works (rule 11); UTC for a row refused anyway.
      LocalDate today = office.map(o -> calendar.today(o.getCode(), state.get()))
          .orElseGet(calendar::todayWithoutAnOffice);
      SignedDates.Result signed = SignedDates.read(cell(row, header.column(SIGNED)), date1904, today);
      if (signed.plausible()) {
        signedOn = signed.date();
      } else {
        problems.add(signed.rejection());
      }
    }
    if (state.isPresent() && office.isEmpty()) {
      problems.add("No ERO field office serves " + state.get() + ".");
    }
    String stateCode = state.orElse(stateText);
    if (!problems.isEmpty()) {
      return new ImportReport.Row(rowNumber, RowOutcome.REJECTED, String.join(" ", problems), stateCode, name, model,
          signedOn, null, null);
    }

    List<String> detail = new ArrayList<>();
    Agency agency = agencies.findFirstByStateAndNormalizedNameOrderByIdAsc(stateCode, normalized).orElse(null);
    boolean newAgency = agency == null;
    if (newAgency) {
      String countyValue = county == null || county.length() > COUNTY_LENGTH ? null : county;
      agency = agencies.save(new Agency(null, name, stateCode, countyValue, null, office.get().getCode(),
          clock.instant()));
      detail.add("New agency " + agency.getId() + " (no ORI yet, field office " + office.get().getCode()
          + (offices.severalServe(stateCode) ? ", first of the offices serving " + stateCode : "") + ").");
    } else {
      detail.add("Agency " + agency.getId() + (agency.getOri() == null ? "" : " (ORI " + agency.getOri() + ")")
          + " is on record.");
    }

    if (header.kind() == ListKind.PENDING) {
      return new ImportReport.Row(rowNumber, newAgency ? RowOutcome.IMPORTED : RowOutcome.UNCHANGED,
          String.join(" ", detail) + " Pending request: no agreement.", stateCode, name, model, null,
          agency.getId(), null);
    }

    Optional<Moa> existing = moas.findFirstByAgencyAndModelAndStatusOrderByIdAsc(agency, model, MoaStatus.ACTIVE);
    if (existing.isPresent()) {
      Moa moa = existing.get();
      if (moa.isImported() && !signedOn.equals(moa.getEffectiveOn())) {
        return new ImportReport.Row(rowNumber, RowOutcome.REJECTED, "The active " + model + " agreement "
            + moa.getId() + " of agency " + agency.getId() + " is effective on " + moa.getEffectiveOn()
            + "; the list says SIGNED " + signedOn + ". The agreement on record is not changed.", stateCode, name,
            model, signedOn, agency.getId(), moa.getId());
      }
      detail.add("Its active " + model + " agreement " + moa.getId() + " is on record"
          + (moa.isImported() ? ", effective " + moa.getEffectiveOn() + "." : ", made through the workflow."));
      return new ImportReport.Row(rowNumber, newAgency ? RowOutcome.IMPORTED : RowOutcome.UNCHANGED,
          String.join(" ", detail), stateCode, name, model, signedOn, agency.getId(), moa.getId());
    }

    Moa moa = moas.save(Moa.importedFromIceList(agency, model, signedOn));
    if (Moa.WSO.equals(model)) {
      agency.wsoAgreementImported();
    }
    detail.add("New active " + model + " agreement " + moa.getId() + ", effective " + signedOn + ".");
    return new ImportReport.Row(rowNumber, RowOutcome.IMPORTED, String.join(" ", detail), stateCode, name, model,
        signedOn, agency.getId(), moa.getId());
  }

  private static String county(String county) {
    if (county == null) {
      return null;
    }
    String bare = county.replace("/", "").toUpperCase(Locale.ROOT);
    return bare.equals("#NA") ? null : county;
  }

  /** The office a new agency of ICE's list is filed under (see the class comment). */
  static final class FieldOfficeChoice {

    private final List<FieldOffice> byCode;

    FieldOfficeChoice(List<FieldOffice> byCode) {
      this.byCode = byCode;
    }

    Optional<FieldOffice> forState(String state) {
      return byCode.stream().filter(office -> office.serves(state)).findFirst();
    }

    boolean severalServe(String state) {
      return byCode.stream().filter(office -> office.serves(state)).count() > 1;
    }
  }

  // ------------------------------------------------------------------------------------ report

  private ImportReport report(String fileName, ListKind kind, String sha256, String actor,
      List<ImportReport.Row> rows) {
    int imported = count(rows, RowOutcome.IMPORTED);
    int unchanged = count(rows, RowOutcome.UNCHANGED);
    int skipped = count(rows, RowOutcome.SKIPPED_EMPTY);
    int rejected = count(rows, RowOutcome.REJECTED);
    Optional<AgreementImportRecord> earlier = imports.findFirstBySha256OrderByIdAsc(sha256);
    Long importId;
    if (earlier.isPresent() && imported == 0) {
      // The same file again, and nothing changed: no new record either.
      importId = earlier.get().getId();
    } else {
      AgreementImportRecord record = imports.save(new AgreementImportRecord(fileName, kind, sha256, actor,
          clock.instant(), rows.size(), imported, unchanged, skipped, rejected));
      importId = record.getId();
      importRows.saveAll(rows.stream().map(row -> new AgreementImportRow(record.getId(), row)).toList());
    }
    return new ImportReport(importId, fileName, kind, sha256, earlier.isPresent(), rows.size(), imported, unchanged,
        skipped, rejected, List.copyOf(rows), NOTES);
  }

  private static int count(List<ImportReport.Row> rows, RowOutcome outcome) {
    return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
