package org.wso287g.vetting.domain;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.Application;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

  long countByApplicationAndStatus(Application application, CandidateStatus status);

  java.util.List<Candidate> findByAgencyIdOrderByNominatedAtDesc(Long agencyId);

  boolean existsByAgencyAndBadgeNumberAndStatusIn(Agency agency, String badgeNumber, Collection<CandidateStatus> statuses);
}
