package org.wso287g.onboarding.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OversightReviewRepository extends JpaRepository<OversightReview, Long> {

  List<OversightReview> findByMoaOrderByReviewedAt(Moa moa);
}
