package org.wso287g.onboarding.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MoaRepository extends JpaRepository<Moa, Long> {

  Optional<Moa> findByApplication(Application application);

  boolean existsByAgencyAndStatus(Agency agency, MoaStatus status);
}
