package org.wso287g.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.wso287g.api.ApiDocs;
import org.wso287g.identity.ProgramGroups;

/**
 * Refusals of the sign-in, answered like every other refusal of /api: an RFC 7807 problem body. 401 when
 * the credentials are missing or wrong (with the Basic challenge, realm "default" as Camunda's own filter
 * sent it); 403 when a signed-in user is not in camunda-admin, the only group rule the filter chain itself
 * enforces (the actuator). Every other 403 comes from the engine's authorizations or the access policy.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException {
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiDocs.BASIC_REALM);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(ApiDocs.UNAUTHORIZED_PROBLEM);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "The actuator's info and metrics are for members of " + ProgramGroups.CAMUNDA_ADMIN + ".");
    problem.setTitle("Not allowed for your groups");
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getWriter(), problem);
  }
}
