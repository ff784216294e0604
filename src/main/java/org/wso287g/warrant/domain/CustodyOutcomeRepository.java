package org.wso287g.warrant.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustodyOutcomeRepository extends JpaRepository<CustodyOutcome, Long> {

  Optional<CustodyOutcome> findByWarrant(Warrant warrant);
}
