package org.wso287g.onboarding.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementNoticeRepository extends JpaRepository<AgreementNotice, Long> {

  List<AgreementNotice> findByMoaAndStatusOrderByIdDesc(Moa moa, AgreementNotice.Status status);

  Optional<AgreementNotice> findFirstByMoaAndStatusAndKindOrderByIdDesc(Moa moa, AgreementNotice.Status status, String kind);
}
