package org.wso287g.onboarding.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MoaRepository extends JpaRepository<Moa, Long> {

  Optional<Moa> findByApplication(Application application);

  java.util.List<Moa> findByAgencyIdOrderByEffectiveOnDesc(Long agencyId);

  boolean existsByAgencyAndModelAndStatus(Agency agency, String model, MoaStatus status);

  /**
   * Whether the agency has an active WSO agreement. Agreements of the other 287(g) models (jail
   * enforcement, task force), imported from ICE's list, neither block a WSO letter of interest nor
   * give warrant-service authority.
   */
  default boolean hasActiveWsoAgreement(Agency agency) {
    return existsByAgencyAndModelAndStatus(agency, Moa.WSO, MoaStatus.ACTIVE);
  }

  Optional<Moa> findFirstByAgencyAndModelAndStatusOrderByIdAsc(Agency agency, String model, MoaStatus status);
}
