package org.wso287g.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.wso287g.access.Actor;

/** Who is completing the step that runs now: the signed-in user, or "system" for timers and jobs. */
public final class CurrentUser {

  public static final String SYSTEM = Actor.PROGRAM;

  private CurrentUser() {}

  public static String of(DelegateExecution execution) {
    return actor(execution).userId();
  }

  /** The user with the groups they signed in with, as the access policy judges them. */
  public static Actor actor(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null
        ? Actor.program()
        : new Actor(authentication.getUserId(), authentication.getGroupIds());
  }
}
