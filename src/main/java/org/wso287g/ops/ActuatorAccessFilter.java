package org.wso287g.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Runs on /actuator after {@link ActuatorAuthenticationFilter}, which has signed the user in to the
 * engine. Two things:
 * <ul>
 *   <li>the request gets that user as its principal and the user's engine groups as its roles, so that
 *       Spring Boot's own {@code show-details: when-authorized} with {@code roles: camunda-admin} decides
 *       who sees the health components, without Spring Security;</li>
 *   <li>everything but {@code GET /actuator/health} (info, metrics, prometheus, the index) is for
 *       members of camunda-admin only: anybody else gets a 403 problem body.</li>
 * </ul>
 */
class ActuatorAccessFilter extends HttpFilter {

  static final String HEALTH = "/actuator/health";

  private final transient Supplier<IdentityService> identity;
  private final transient ObjectMapper json;

  ActuatorAccessFilter(Supplier<IdentityService> identity, ObjectMapper json) {
    this.identity = identity;
    this.json = json;
  }

  /** The health status: the only call open to anybody. Any other spelling of the path is not. */
  static boolean isHealthStatus(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && HEALTH.equals(request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Authentication user = identity.get().getCurrentAuthentication();
    HttpServletRequest signedIn = user == null ? request : new SignedIn(request, user);
    if (isHealthStatus(request) || signedIn.isUserInRole(Groups.CAMUNDA_ADMIN)) {
      chain.doFilter(signedIn, response);
      return;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "The actuator's info and metrics are for members of " + Groups.CAMUNDA_ADMIN + ".");
    problem.setTitle("Not allowed for your groups");
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), problem);
  }

  /** The engine's signed-in user as the servlet request's user; its groups as the request's roles. */
  private static final class SignedIn extends HttpServletRequestWrapper {

    private final Authentication user;

    SignedIn(HttpServletRequest request, Authentication user) {
      super(request);
      this.user = user;
    }

    @Override
    public Principal getUserPrincipal() {
      return user::getUserId;
    }

    @Override
    public String getRemoteUser() {
      return user.getUserId();
    }

    @Override
    public boolean isUserInRole(String role) {
      return user.getGroupIds() != null && user.getGroupIds().contains(role);
    }
  }
}
