package org.wso287g.onboarding.domain;

import java.time.Year;

/** Where application numbers come from (a fragment of {@link ApplicationRepository}). */
public interface ApplicationNumbers {

  /**
   * {@code WSO-{year}-{nnnn}}: the next value of the database sequence {@code application_number_seq},
   * at least four digits. A sequence gives every request its own value, even to requests at the same
   * moment; the count runs on across years (the year in the number is the year of registration) and
   * keeps growing past 9999.
   */
  String nextNumber(Year year);
}
