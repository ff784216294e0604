package org.wso287g.warrant.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WarrantRepository extends JpaRepository<Warrant, Long> {

  Optional<Warrant> findByNumber(String number);

  @org.springframework.data.jpa.repository.Query("select w from Warrant w join fetch w.agency where w.number = :number")
  Optional<Warrant> findWithAgencyByNumber(String number);

  boolean existsByNumber(String number);

  List<Warrant> findByAgencyIdAndStatus(Long agencyId, WarrantStatus status);
}
