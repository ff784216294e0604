package org.wso287g.warrant.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CitizenshipClaimReviewRepository extends JpaRepository<CitizenshipClaimReview, Long> {

  Optional<CitizenshipClaimReview> findByWarrant(Warrant warrant);
}
