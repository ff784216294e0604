package org.wso287g.complaint.domain;

import jakarta.persistence.EntityManager;
import java.time.Year;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** The sequence read in the SQL of the database in use: H2 and PostgreSQL spell it differently. */
class ComplaintNumbersImpl implements ComplaintNumbers {

  static final String SEQUENCE = "complaint_number_seq";

  private final EntityManager entityManager;
  private final String nextValue;

  ComplaintNumbersImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
    this.nextValue = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
        .getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
  }

  @Override
  public String nextComplaintNumber(Year year) {
    long next = ((Number) entityManager.createNativeQuery(nextValue).getSingleResult()).longValue();
    return "CMP-" + year + "-" + String.format("%04d", next);
  }
}
