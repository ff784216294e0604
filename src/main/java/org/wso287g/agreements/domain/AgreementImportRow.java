package org.wso287g.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The outcome of one row of an import, kept with the import so the report can be shown again. */
@Entity
@Table(name = "agreement_import_row")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AgreementImportRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long importId;

  @Column(name = "excel_row")
  private int rowNumber;

  @Enumerated(EnumType.STRING)
  private RowOutcome outcome;

  private String detail;
  private Long agencyId;
  private Long moaId;

  AgreementImportRow(Long importId, ImportReport.Row row) {
    this.importId = importId;
    this.rowNumber = row.rowNumber();
    this.outcome = row.outcome();
    this.detail = row.detail() == null || row.detail().length() <= 1000 ? row.detail()
        : row.detail().substring(0, 997) + "...";
    this.agencyId = row.agencyId();
    this.moaId = row.moaId();
  }
}
