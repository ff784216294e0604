package org.wso287g.vetting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The candidate this vetting instance is about. */
final class CandidateIds {

  private CandidateIds() {}

  static long of(DelegateExecution execution) {
    Object id = execution.getVariable(VettingVariables.CANDIDATE_ID);
    if (!(id instanceof Number number)) {
      throw new IllegalStateException("The vetting of " + execution.getProcessBusinessKey()
          + " was started without a candidateId (got " + id + ")");
    }
    return number.longValue();
  }
}
