package org.wso287g.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.http.HttpHeaders;

/**
 * The engine's HTTP Basic filter, as on /api, except that a {@code GET /actuator/health} without an
 * Authorization header passes on unauthenticated (it then gets the status alone). Credentials sent
 * with it are checked as anywhere else: wrong ones get the 401.
 */
class ActuatorAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (ActuatorAccessFilter.isHealthStatus(http) && http.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      chain.doFilter(request, response);
    } else {
      super.doFilter(request, response, chain);
    }
  }
}
