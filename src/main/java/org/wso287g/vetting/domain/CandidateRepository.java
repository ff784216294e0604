package org.wso287g.vetting.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.wso287g.onboarding.domain.Agency;
import org.wso287g.onboarding.domain.Application;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

  long countByApplicationAndStatus(Application application, CandidateStatus status);

  List<Candidate> findByAgencyIdOrderByNominatedAtDesc(Long agencyId);

  boolean existsByAgencyAndBadgeNumberAndStatusIn(Agency agency, String badgeNumber, Collection<CandidateStatus> statuses);

  boolean existsByAgencyAndEmailIgnoreCaseAndStatusIn(Agency agency, String email, Collection<CandidateStatus> statuses);

  List<Candidate> findByApplicationAndStatus(Application application, CandidateStatus status);

  /** The accounts a person (same agency and badge number, or same e-mail) served under before, newest first. */
  @Query("""
      select c.userId from Candidate c
      where c.agency = :agency and c.userId is not null
        and (c.badgeNumber = :badgeNumber or lower(c.email) = lower(:email))
      order by c.nominatedAt desc
      """)
  List<String> findAccountsOfPerson(Agency agency, String badgeNumber, String email);
}
