package org.wso287g.onboarding.domain;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository extends JpaRepository<Application, Long>, ApplicationNumbers {

  Optional<Application> findByNumber(String number);

  @Query("select a from Application a join fetch a.agency where a.number = :number")
  Optional<Application> findWithAgencyByNumber(String number);

  boolean existsByAgencyAndStatusIn(Agency agency, Collection<ApplicationStatus> statuses);
}
