package org.wso287g.warrant.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long> {

  Optional<ServiceRecord> findByWarrant(Warrant warrant);
}
