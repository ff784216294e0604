package org.wso287g.onboarding.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.wso287g.access.Jurisdiction;
import org.wso287g.common.Text;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

  Optional<Agency> findByOri(String ori);

  /** Where the agency with this ORI (as typed: any case, spaces around) belongs, when one is on record. */
  default Optional<Jurisdiction> jurisdictionByOri(String ori) {
    return Text.present(ori) ? findByOri(ori.trim().toUpperCase(Locale.ROOT)).map(Agency::jurisdiction)
        : Optional.empty();
  }

  /**
   * Agencies by optional filters, within a scope: {@code everything} for headquarters, otherwise the
   * agencies of the caller's field offices or with the caller's ORIs.
   */
  @Query("""
      select a from Agency a
      where (:state is null or a.state = :state)
        and (:fieldOffice is null or a.fieldOfficeCode = :fieldOffice)
        and (:status is null or a.status = :status)
        and (:model is null or exists (select m from Moa m where m.agency = a and m.model = :model))
        and (:everything = true or a.fieldOfficeCode in :fieldOffices or a.ori in :oris)
      """)
  Page<Agency> search(String state, String fieldOffice, AgencyStatus status, String model, boolean everything,
      Collection<String> fieldOffices, Collection<String> oris, Pageable pageable);

  /** The agency of ICE's lists: matched by state and {@link AgencyNames normalised name}. */
  Optional<Agency> findFirstByStateAndNormalizedNameOrderByIdAsc(String state, String normalizedName);

  /** An agency known only from ICE's lists (no ORI yet) that a letter of interest may identify. */
  Optional<Agency> findFirstByStateAndNormalizedNameAndOriIsNullOrderByIdAsc(String state, String normalizedName);
}
