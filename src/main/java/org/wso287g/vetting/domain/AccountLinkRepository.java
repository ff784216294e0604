package org.wso287g.vetting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.wso287g.onboarding.domain.Agency;

public interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

  /** The links that name a person: by agency and badge number, or by e-mail (lower case). */
  @Query("select l from AccountLink l where (l.agency = :agency and l.badgeNumber = :badgeNumber) or l.email = :email")
  List<AccountLink> findNaming(Agency agency, String badgeNumber, String email);

  Optional<AccountLink> findByEmail(String email);

  Optional<AccountLink> findByAgencyAndBadgeNumber(Agency agency, String badgeNumber);

  Optional<AccountLink> findByUserId(String userId);
}
