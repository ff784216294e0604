package org.wso287g.agreements.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementImportRowRepository extends JpaRepository<AgreementImportRow, Long> {

  List<AgreementImportRow> findByImportIdOrderByRowNumberAsc(Long importId);
}
