package org.wso287g.complaint.domain;

import java.time.Year;

/** Where complaint numbers come from (a fragment of {@link ComplaintRepository}). */
public interface ComplaintNumbers {

  /**
   * {@code CMP-{year}-{nnnn}}: the next value of the database sequence {@code complaint_number_seq}, at
   * least four digits, so that complaints recorded at the same moment never share a number.
   */
  String nextComplaintNumber(Year year);
}
