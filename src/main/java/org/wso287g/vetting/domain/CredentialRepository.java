package org.wso287g.vetting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.wso287g.common.RuleViolation;
import org.wso287g.onboarding.domain.Agency;

public interface CredentialRepository extends JpaRepository<Credential, Long> {

  List<Credential> findByAgencyIdAndStatus(Long agencyId, CredentialStatus status);

  long countByAgency(Agency agency);

  List<Credential> findByCandidateUserId(String userId);

  List<Credential> findByAgencyId(Long agencyId);

  Optional<Credential> findByNumber(String number);

  /** The credential with this number (trimmed), or a refusal on {@code field}: "No credential ... is on record." */
  default Credential onRecord(String number, String field) {
    return findByNumber(number == null ? "" : number.trim())
        .orElseThrow(() -> new RuleViolation(field, "No credential " + number + " is on record."));
  }

  List<Credential> findByStatusInAndReturnedOnIsNullOrderByIdAsc(java.util.Collection<CredentialStatus> statuses);
}
