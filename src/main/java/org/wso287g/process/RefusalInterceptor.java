package org.wso287g.process;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.wso287g.access.NotAllowed;
import org.wso287g.common.RuleViolation;

/**
 * Turns a {@link RuleViolation} raised by a delegate into the engine's form-validation exception.
 * engine-rest answers that one with HTTP 400 and its message on start, submit-form and complete
 * (every other engine exception there becomes a 500), the Tasklist shows the message, and the
 * transaction rolls back, so the task stays open with what was typed. A refusal of the access policy
 * ({@link NotAllowed}) becomes the engine's authorization refusal: 403 with the reason.
 */
class RefusalInterceptor implements DelegateInterceptor {

  private final DelegateInterceptor next;

  RefusalInterceptor(DelegateInterceptor next) {
    this.next = next;
  }

  @Override
  public void handleInvocation(DelegateInvocation invocation) throws Exception {
    try {
      next.handleInvocation(invocation);
    } catch (RuleViolation violation) {
      throw Refusals.crossingTheEngine(violation);
    } catch (NotAllowed refusal) {
      throw new AuthorizationException(refusal.getMessage());
    }
  }
}
