package org.wso287g.vetting.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificationRepository extends JpaRepository<Certification, Long> {

  Optional<Certification> findByCandidate(Candidate candidate);
}
