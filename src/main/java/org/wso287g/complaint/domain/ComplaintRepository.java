package org.wso287g.complaint.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, ComplaintNumbers {

  @Query("select c from Complaint c join fetch c.agency left join fetch c.credential where c.number = :number")
  Optional<Complaint> findWithAgencyByNumber(String number);
}
