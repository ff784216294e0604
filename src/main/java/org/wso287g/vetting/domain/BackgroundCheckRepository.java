package org.wso287g.vetting.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BackgroundCheckRepository extends JpaRepository<BackgroundCheck, Long> {

  Optional<BackgroundCheck> findByCandidate(Candidate candidate);
}
