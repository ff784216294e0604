package org.wso287g.onboarding.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

  Optional<Agency> findByOri(String ori);
}
