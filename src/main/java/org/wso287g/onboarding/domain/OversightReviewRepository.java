package org.wso287g.onboarding.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OversightReviewRepository extends JpaRepository<OversightReview, Long> {

  List<OversightReview> findByMoaOrderByReviewedAt(Moa moa);

  /** The review recorded last on the agreement: the next annual review is due one interval after its due date. */
  Optional<OversightReview> findFirstByMoaOrderByIdDesc(Moa moa);
}
