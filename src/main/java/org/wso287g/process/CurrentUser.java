package org.wso287g.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is completing the step that runs now: the signed-in user, or "system" for timers and jobs. */
public final class CurrentUser {

  public static final String SYSTEM = "system";

  private CurrentUser() {}

  public static String of(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }
}
