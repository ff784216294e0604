package org.wso287g.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wso287g.security.EngineUsers.EngineUser;

/**
 * The user Spring Security signed in becomes the engine's current user for the request, with its groups
 * and tenants, as Camunda's own authentication filter does: the engine then checks its authorizations
 * (tasks, process definitions, users) for this user on /engine-rest, and /api reads the caller from it.
 * Cleared afterwards, so that a pooled thread never carries one request's user into the next.
 */
class EngineAuthenticationBinding extends OncePerRequestFilter {

  private final ObjectProvider<IdentityService> identity;

  EngineAuthenticationBinding(ObjectProvider<IdentityService> identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof EngineUser user)) {
      chain.doFilter(request, response);
      return;
    }
    IdentityService engine = identity.getObject();
    engine.setAuthentication(user.userId(), user.groupIds(), user.tenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      engine.clearAuthentication();
    }
  }
}
