package org.wso287g.onboarding.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

  Optional<Agency> findByOri(String ori);

  /** The agency of ICE's lists: matched by state and {@link AgencyNames normalised name}. */
  Optional<Agency> findFirstByStateAndNormalizedNameOrderByIdAsc(String state, String normalizedName);

  /** An agency known only from ICE's lists (no ORI yet) that a letter of interest may identify. */
  Optional<Agency> findFirstByStateAndNormalizedNameAndOriIsNullOrderByIdAsc(String state, String normalizedName);
}
