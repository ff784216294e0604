package org.wso287g.agreements.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementImportRecordRepository extends JpaRepository<AgreementImportRecord, Long> {

  Optional<AgreementImportRecord> findFirstBySha256OrderByIdAsc(String sha256);
}
