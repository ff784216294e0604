package org.wso287g.vetting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.wso287g.onboarding.domain.Agency;

public interface CredentialRepository extends JpaRepository<Credential, Long> {

  List<Credential> findByAgencyIdAndStatus(Long agencyId, CredentialStatus status);

  long countByAgency(Agency agency);

  List<Credential> findByCandidateUserId(String userId);

  List<Credential> findByAgencyId(Long agencyId);

  Optional<Credential> findByNumber(String number);

  List<Credential> findByStatusInAndReturnedOnIsNullOrderByIdAsc(java.util.Collection<CredentialStatus> statuses);
}
