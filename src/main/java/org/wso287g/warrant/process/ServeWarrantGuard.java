package org.wso287g.warrant.process;

import static org.wso287g.warrant.process.WarrantVariables.AGENCY_ORI;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.wso287g.vetting.domain.OfficerAuthority;

/**
 * Rule 1 at every assignment of a serve task: a claim, an assignee set directly, a delegation. Only
 * an officer whose credential is active for the agency that holds the person may hold the task; the
 * refusal names why (no credential, withdrawn, other agency, MOA not active). The completion is
 * guarded again by {@link RecordServiceDelegate}, so completing without claiming gets no further.
 */
@Component
@RequiredArgsConstructor
class ServeWarrantGuard implements TaskListener {

  private final OfficerAuthority authority;

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      authority.requireAuthority(task.getAssignee(), (String) task.getVariable(AGENCY_ORI));
    }
  }
}
