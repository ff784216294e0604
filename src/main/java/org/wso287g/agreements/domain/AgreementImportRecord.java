package org.wso287g.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One import of one of ICE's list files: which file, who, when, and the totals of its report. */
@Entity
@Table(name = "agreement_import")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AgreementImportRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String fileName;

  @Enumerated(EnumType.STRING)
  private ListKind listKind;

  private String sha256;
  private String importedBy;
  private Instant importedAt;

  @Column(name = "total_rows")
  private int rowCount;

  private int importedCount;
  private int unchangedCount;
  private int skippedCount;
  private int rejectedCount;

  AgreementImportRecord(String fileName, ListKind listKind, String sha256, String importedBy, Instant importedAt,
      int rowCount, int importedCount, int unchangedCount, int skippedCount, int rejectedCount) {
    this.fileName = fileName;
    this.listKind = listKind;
    this.sha256 = sha256;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
    this.rowCount = rowCount;
    this.importedCount = importedCount;
    this.unchangedCount = unchangedCount;
    this.skippedCount = skippedCount;
    this.rejectedCount = rejectedCount;
  }
}
