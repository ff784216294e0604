package org.wso287g.onboarding.domain;

import jakarta.persistence.EntityManager;
import java.time.Year;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** The sequence read in the SQL of the database in use: H2 and PostgreSQL spell it differently. */
class ApplicationNumbersImpl implements ApplicationNumbers {

  static final String SEQUENCE = "application_number_seq";

  private final EntityManager entityManager;
  private final String nextValue;

  ApplicationNumbersImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
    this.nextValue = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
        .getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
  }

  @Override
  public String nextNumber(Year year) {
    long next = ((Number) entityManager.createNativeQuery(nextValue).getSingleResult()).longValue();
    return "WSO-" + year + "-" + String.format("%04d", next);
  }
}
