package org.wso287g.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.wso287g.fieldoffice.FieldOfficeCalendar;
import org.wso287g.common.RuleViolation;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.AgencyNames;
import org.wso287g.onboarding.domain.AgencyRepository;
import org.wso287g.onboarding.domain.AgencyStatus;
import org.wso287g.onboarding.domain.DuplicateApplication;
import org.wso287g.onboarding.domain.LetterOfInterest;
import org.wso287g.onboarding.domain.Moa;
import org.wso287g.onboarding.domain.MoaRepository;
import org.wso287g.onboarding.domain.MoaSource;
import org.wso287g.onboarding.domain.MoaStatus;
import org.wso287g.onboarding.domain.ParticipationService;
import org.wso287g.onboarding.domain.TestClock;
import org.wso287g.program.ProgramParameters;

/**
 * The import of ICE's two published lists as they are (../shared/data/ice-287g-lists/), checked row by
 * row against what the files contain, read here independently with POI. "Today" is 20 Mar 2026.
 */
@DataJpaTest
@Import({FieldOfficeCalendar.class, AgreementImport.class, ParticipationService.class, TestClock.Config.class,
    ProgramParameters.class})
class AgreementImportTest {

  static final Path LISTS = Path.of("..", "shared", "data", "ice-287g-lists");
  static final Path PARTICIPATING = LISTS.resolve("participating-2025-07-19.xlsx");
  static final Path PENDING = LISTS.resolve("pending-2025-07-19.xlsx");

  static final Map<String, String> MODELS = Map.of(
      "Warrant Service Officer", "WSO", "Jail Enforcement Model", "JEM", "Task Force Model", "TFM");

  /** The faults of the published participating list (README of the data folder), by Excel row. */
  static final Map<Integer, String> FAULTY_ROWS = Map.of(
      639, "SIGNED 5025-07-07 is after today (2026-03-20).",
      775, "SIGNED '7/72025' is typed text, not a date: it is not guessed at.",
      785, "SIGNED '05/082025' is typed text, not a date: it is not guessed at.");

  @Autowired AgreementImport agreementImport;
  @Autowired ParticipationService participation;
  @Autowired AgencyRepository agencies;
  @Autowired MoaRepository moas;
  @Autowired AgreementImportRecordRepository imports;
  @Autowired AgreementImportRowRepository importRows;

  /** One data row of a list, read without the importer. */
  record FileRow(int number, String state, String name, String model, Cell signed) {

    boolean empty() {
      return state == null && name == null && model == null && (signed == null || signed.getCellType() == CellType.BLANK);
    }
  }

  static List<FileRow> read(Path file, Workbook workbook) {
    Sheet sheet = workbook.getSheetAt(0);
    DataFormatter formatter = new DataFormatter();
    boolean participating = file.equals(PARTICIPATING);
    return java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(index -> {
      Row row = sheet.getRow(index);
      String state = value(formatter, row, 0);
      String name = value(formatter, row, 1);
      String support = value(formatter, row, 4);
      return new FileRow(index + 1, state, name, support == null ? null : MODELS.get(support),
          participating && row != null ? row.getCell(5) : null);
    }).toList();
  }

  static String value(DataFormatter formatter, Row row, int column) {
    if (row == null || row.getCell(column) == null) {
      return null;
    }
    String value = formatter.formatCellValue(row.getCell(column)).trim();
    return value.isEmpty() ? null : value;
  }

  ImportReport importFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return agreementImport.importList(file.getFileName().toString(), in, "hq.analyst");
    }
  }

  long[] tableCounts() {
    return new long[] {agencies.count(), moas.count(), imports.count(), importRows.count()};
  }

  // ------------------------------------------------------------------------------------ participating

  @Test
  void theParticipatingListRowByRow() throws IOException {
    List<FileRow> file;
    try (Workbook workbook = WorkbookFactory.create(PARTICIPATING.toFile())) {
      file = read(PARTICIPATING, workbook);

      ImportReport report = importFile(PARTICIPATING);

      // What the file holds: 905 rows under the header, 832 agreement rows, then 73 empty ones.
      assertThat(file).hasSize(905);
      assertThat(file.stream().filter(FileRow::empty)).hasSize(73);
      assertThat(file.subList(832, 905)).allMatch(FileRow::empty);
      assertThat(file.stream().filter(row -> "WSO".equals(row.model()))).hasSize(300);

      assertThat(report.kind()).isEqualTo(ListKind.PARTICIPATING);
      assertThat(report.repeated()).isFalse();
      assertThat(report.rowCount()).isEqualTo(905);
      assertThat(report.rows()).extracting(ImportReport.Row::rowNumber)
          .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2, 906).boxed().toList());
      assertThat(report.imported() + report.unchanged() + report.skippedEmpty() + report.rejected()).isEqualTo(905);
      assertThat(report.imported()).isEqualTo(829);
      assertThat(report.unchanged()).isZero();
      assertThat(report.skippedEmpty()).isEqualTo(73);
      assertThat(report.rejected()).isEqualTo(3);

      Set<String> agencyKeys = new HashSet<>();
      for (FileRow expected : file) {
        ImportReport.Row row = report.row(expected.number());
        if (expected.empty()) {
          assertThat(row.outcome()).as("row %d", expected.number()).isEqualTo(RowOutcome.SKIPPED_EMPTY);
          continue;
        }
        assertThat(row.agencyName()).as("row %d", expected.number()).isEqualTo(expected.name());
        assertThat(row.model()).as("row %d", expected.number()).isEqualTo(expected.model()).isNotNull();
        if (FAULTY_ROWS.containsKey(expected.number())) {
          assertThat(row.outcome()).as("row %d", expected.number()).isEqualTo(RowOutcome.REJECTED);
          assertThat(row.detail()).isEqualTo(FAULTY_ROWS.get(expected.number()));
          assertThat(row.moaId()).isNull();
          continue;
        }
        assertThat(row.outcome()).as("row %d: %s", expected.number(), row.detail()).isEqualTo(RowOutcome.IMPORTED);
        LocalDate signed = DateUtil.getLocalDateTime(expected.signed().getNumericCellValue()).toLocalDate();
        assertThat(row.signedOn()).as("row %d", expected.number()).isEqualTo(signed);

        Moa moa = moas.findById(row.moaId()).orElseThrow();
        assertThat(moa.getModel()).isEqualTo(expected.model());
        assertThat(moa.getStatus()).isEqualTo(MoaStatus.ACTIVE);
        assertThat(moa.getSource()).isEqualTo(MoaSource.ICE_LIST);
        assertThat(moa.getEffectiveOn()).isEqualTo(signed);
        assertThat(moa.getApplication()).isNull();
        Agency agency = agencies.findById(row.agencyId()).orElseThrow();
        assertThat(moa.getAgency().getId()).isEqualTo(agency.getId());
        assertThat(agency.getOri()).isNull();
        assertThat(agency.getNormalizedName()).isEqualTo(AgencyNames.normalize(expected.name()));
        assertThat(agency.getState()).isEqualTo(row.state()).hasSize(2);
        agencyKeys.add(agency.getState() + "|" + agency.getNormalizedName());
      }

      // The same agency appears once per model; written with a trailing space or a typographic apostrophe
      // it is still the same agency.
      assertThat(agencies.count()).isEqualTo(agencyKeys.size());
      assertThat(moas.count()).isEqualTo(829);
      assertThat(report.rows(RowOutcome.IMPORTED).stream().filter(row -> "WSO".equals(row.model())))
          .hasSize(298);
      Agency crowWing = agencies.findById(report.row(462).agencyId()).orElseThrow();
      assertThat(report.row(463).agencyId()).isEqualTo(crowWing.getId());
      assertThat(crowWing.getStatus()).isEqualTo(AgencyStatus.OPERATIONAL);
      assertThat(crowWing.getFieldOfficeCode()).isEqualTo("SPM");
      Agency bossier = agencies.findById(report.row(434).agencyId()).orElseThrow();
      assertThat(bossier.getStatus()).as("JEM only").isEqualTo(AgencyStatus.PROSPECT);
      // The import is recorded with every row.
      assertThat(imports.findById(report.importId()).orElseThrow().getRowCount()).isEqualTo(905);
      assertThat(importRows.findByImportIdOrderByRowNumberAsc(report.importId())).hasSize(905);

      // Texas is served by five offices: the first by code is the guess.
      Agency texan = agencies.findAll().stream().filter(a -> a.getState().equals("TX")).findFirst().orElseThrow();
      assertThat(texan.getFieldOfficeCode()).isEqualTo("DAL");

      // Imported WSO agreements count like any other: active, WSO, effective on SIGNED.
      assertThat(moas.findAll().stream().filter(m -> m.isActive() && m.getModel().equals(Moa.WSO))).hasSize(298);

      // A second import of the same file changes nothing.
      long[] before = tableCounts();
      ImportReport again = importFile(PARTICIPATING);
      assertThat(tableCounts()).containsExactly(before);
      assertThat(again.repeated()).isTrue();
      assertThat(again.importId()).isEqualTo(report.importId());
      assertThat(again.rowCount()).isEqualTo(905);
      assertThat(again.unchanged()).isEqualTo(829);
      assertThat(again.imported()).isZero();
      assertThat(again.skippedEmpty()).isEqualTo(73);
      assertThat(again.rejected()).isEqualTo(3);
      for (ImportReport.Row row : report.rows()) {
        ImportReport.Row second = again.row(row.rowNumber());
        if (row.outcome() == RowOutcome.IMPORTED) {
          assertThat(second.outcome()).as("row %d", row.rowNumber()).isEqualTo(RowOutcome.UNCHANGED);
          assertThat(second.moaId()).isEqualTo(row.moaId());
          assertThat(second.agencyId()).isEqualTo(row.agencyId());
        } else {
          assertThat(second.outcome()).isEqualTo(row.outcome());
          assertThat(second.detail()).isEqualTo(row.detail());
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------ pending

  @Test
  void thePendingListRecordsAgenciesAndNoAgreement() throws IOException {
    List<FileRow> file;
    try (Workbook workbook = WorkbookFactory.create(PENDING.toFile())) {
      file = read(PENDING, workbook);
    }
    ImportReport report = importFile(PENDING);

    assertThat(file).hasSize(26).noneMatch(FileRow::empty);
    assertThat(report.kind()).isEqualTo(ListKind.PENDING);
    assertThat(report.rowCount()).isEqualTo(26);
    assertThat(report.skippedEmpty()).isZero();
    assertThat(report.rejected()).isZero();
    // Marion County (AL) asked for two models: one agency.
    assertThat(report.imported()).isEqualTo(25);
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(report.row(4).outcome()).isEqualTo(RowOutcome.UNCHANGED);
    assertThat(report.row(4).agencyId()).isEqualTo(report.row(3).agencyId());
    Map<Integer, FileRow> byNumber = new HashMap<>();
    file.forEach(row -> byNumber.put(row.number(), row));
    for (ImportReport.Row row : report.rows()) {
      assertThat(row.agencyName()).isEqualTo(byNumber.get(row.rowNumber()).name());
      assertThat(row.model()).isEqualTo(byNumber.get(row.rowNumber()).model());
      assertThat(row.moaId()).isNull();
    }
    assertThat(moas.count()).isZero();
    assertThat(agencies.count()).isEqualTo(25);
    assertThat(agencies.findAll()).allMatch(agency -> agency.getStatus() == AgencyStatus.PROSPECT
        && agency.getOri() == null);
    // #N/A (error cell) and #NA (text) counties are unknown.
    assertThat(agencies.findById(report.row(16).agencyId()).orElseThrow().getCounty()).isNull();
    assertThat(agencies.findById(report.row(24).agencyId()).orElseThrow().getCounty()).isNull();

    long[] before = tableCounts();
    ImportReport again = importFile(PENDING);
    assertThat(tableCounts()).containsExactly(before);
    assertThat(again.unchanged()).isEqualTo(26);
  }

  @Test
  void bothListsShareTheAgencies() throws IOException {
    importFile(PARTICIPATING);
    long agenciesAfterParticipating = agencies.count();
    ImportReport pending = importFile(PENDING);
    // Rooks County (KS) asks for WSO and is not yet participating; Marion County (AL) has a TFM agreement.
    Agency marion = agencies.findById(pending.row(3).agencyId()).orElseThrow();
    assertThat(moas.findFirstByAgencyAndModelAndStatusOrderByIdAsc(marion, Moa.TFM, MoaStatus.ACTIVE)).isPresent();
    assertThat(pending.row(3).outcome()).isEqualTo(RowOutcome.UNCHANGED);
    assertThat(agencies.count()).isEqualTo(agenciesAfterParticipating + pending.imported());
  }

  // ------------------------------------------------------------------------------------ a later letter

  @Test
  void aLaterLetterOfTheSameAgencyFillsInItsOri() throws IOException {
    ImportReport report = importFile(PARTICIPATING);
    Agency bossier = agencies.findById(report.row(434).agencyId()).orElseThrow();
    long agencyCount = agencies.count();

    // Its JEM agreement does not block a WSO letter.
    var application = participation.register(new LetterOfInterest("Bossier Parish Sheriff’s Office", "LA0080000",
        "LA", "Bossier Parish", "Bossier Maximum Security Facility", "NOL", 6, LocalDate.of(2026, 2, 27),
        "Jane Roe", "jane.roe@bossier.example.gov"), "nol.director");

    assertThat(application.getAgency().getId()).isEqualTo(bossier.getId());
    assertThat(agencies.count()).isEqualTo(agencyCount);
    assertThat(bossier.getOri()).isEqualTo("LA0080000");
    assertThat(bossier.getStatus()).isEqualTo(AgencyStatus.APPLICANT);
  }

  @Test
  void anImportedActiveWsoAgreementBlocksASecondOne() throws IOException {
    ImportReport report = importFile(PARTICIPATING);
    assertThat(report.row(4).model()).isEqualTo(Moa.WSO);

    assertThatThrownBy(() -> participation.register(new LetterOfInterest("Colbert County Sheriff's Office",
        "AL0170000", "AL", "Colbert County", "Colbert County Jail", "NOL", 4, LocalDate.of(2026, 2, 27),
        "John Roe", "john.roe@colbert.example.gov"), "nol.director"))
        .isInstanceOf(DuplicateApplication.class);
  }

  // ------------------------------------------------------------------------------------ other files

  @Test
  void aFileThatIsNotOneOfTheListsIsRefused() throws IOException {
    assertThatThrownBy(() -> agreementImport.importList("notes.xlsx",
        new ByteArrayInputStream("hello".getBytes()), "hq.analyst"))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("not an Excel workbook");

    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Row header = workbook.createSheet().createRow(0);
      header.createCell(0).setCellValue("NAME");
      header.createCell(1).setCellValue("CITY");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      assertThatThrownBy(() -> agreementImport.importList("other.xlsx", new ByteArrayInputStream(out.toByteArray()),
          "hq.analyst"))
          .isInstanceOf(RuleViolation.class).hasMessageContaining("not the header of one of ICE's 287(g) lists");
    }
  }

  @Test
  void rowsWithAnUnknownStateOrSupportTypeOrNoNameAreRejected() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      String[][] rows = {
          {"STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE"},
          {"ATLANTIS", "Poseidon Police Department", "Municipality", "Deep County", "Task Force Model"},
          {"TEXAS", " ", "County", "Harris County", "Warrant Service Officer"},
          {"TEXAS", "Harris County Sheriff's Office", "County", "Harris County", "Border Patrol Model"},
          {"texas", "Harris County Sheriff's Office", "County", "Harris County", "warrant service officer"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      ImportReport report = agreementImport.importList("made-up.xlsx", new ByteArrayInputStream(out.toByteArray()),
          "hq.analyst");

      assertThat(report.kind()).isEqualTo(ListKind.PENDING);
      assertThat(report.row(2).detail()).isEqualTo("STATE 'ATLANTIS' is not a US state or territory.");
      assertThat(report.row(3).detail()).isEqualTo("LAW ENFORCEMENT AGENCY is empty.");
      assertThat(report.row(4).detail()).isEqualTo("SUPPORT TYPE 'Border Patrol Model' is not one of Warrant "
          + "Service Officer, Jail Enforcement Model, Task Force Model.");
      assertThat(report.rows(RowOutcome.REJECTED)).hasSize(3);
      assertThat(report.row(5).outcome()).isEqualTo(RowOutcome.IMPORTED);
      assertThat(agencies.findById(report.row(5).agencyId()).orElseThrow().getState()).isEqualTo("TX");
    }
  }

  /** Rule 11: SIGNED is "not after today" where the agency's field office works. */
  @Test
  void aSignatureDatedTodayInGuamIsTakenWhileTheSameDateInCaliforniaIsStillTomorrow() throws IOException {
    // The rule tests' clock: 2026-03-20T15:00Z, 01:00 on 21 March in Guam, 08:00 on 20 March in California.
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet();
      String[] header = {"STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED", "MOA"};
      Row top = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        top.createCell(c).setCellValue(header[c]);
      }
      String[][] rows = {{"GUAM", "Guam Department of Corrections"}, {"CALIFORNIA", "Demo County Sheriff's Office"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue(rows[r][0]);
        row.createCell(1).setCellValue(rows[r][1]);
        row.createCell(2).setCellValue("County");
        row.createCell(3).setCellValue("Demo County");
        row.createCell(4).setCellValue("Warrant Service Officer");
        row.createCell(5).setCellValue(LocalDate.of(2026, 3, 21));
        row.createCell(6).setCellValue("MOA");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      ImportReport report = agreementImport.importList("made-up.xlsx", new ByteArrayInputStream(out.toByteArray()),
          "hq.analyst");

      assertThat(report.kind()).isEqualTo(ListKind.PARTICIPATING);
      assertThat(report.row(2).outcome()).isEqualTo(RowOutcome.IMPORTED);
      assertThat(report.row(2).signedOn()).isEqualTo(LocalDate.of(2026, 3, 21));
      assertThat(report.row(3).outcome()).isEqualTo(RowOutcome.REJECTED);
      assertThat(report.row(3).detail()).isEqualTo("SIGNED 2026-03-21 is after today (2026-03-20).");
    }
  }
}
