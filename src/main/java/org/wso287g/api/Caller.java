package org.wso287g.api;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.wso287g.access.AccessPolicy;
import org.wso287g.access.Action;
import org.wso287g.access.Actor;
import org.wso287g.access.Jurisdiction;

/**
 * Who calls the API: the user the HTTP Basic filter authenticated against the engine's identity
 * service (the same users as the Tasklist), with their groups. What they may do is the
 * {@link AccessPolicy}'s answer, asked here for the API.
 */
@Component
public class Caller {

  private final IdentityService identity;
  private final AccessPolicy policy;

  Caller(IdentityService identity, AccessPolicy policy) {
    this.identity = identity;
    this.policy = policy;
  }

  public String userId() {
    return actor().userId();
  }

  public Actor actor() {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("The API filter lets no unauthenticated call through");
    }
    return new Actor(authentication.getUserId(), authentication.getGroupIds());
  }

  /** Refuses the call (403, with the reason) unless the policy lets the caller do it to the record. */
  public void require(Action action, Jurisdiction where, String recordName) {
    policy.require(actor(), action, where, recordName);
  }

  public AccessPolicy.Scope scope() {
    return policy.scopeOf(actor());
  }

  public boolean maySee(String fieldOfficeCode, String ori) {
    return policy.maySee(actor(), new Jurisdiction(fieldOfficeCode, ori));
  }
}
