package org.wso287g.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.MediaType;

/**
 * HTTP Basic against the engine's users, as on /engine-rest, with the 401 of /api answered like every
 * other refusal there: an RFC 7807 problem body that says what is missing. The engine's filter
 * creates this class by name, so the body is a constant rather than a Spring-serialized object
 * (the OpenAPI description shows the same constant).
 */
public class ProblemBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    super.augmentResponseByAuthenticationChallenge(response, engine);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write(ApiDocs.UNAUTHORIZED_PROBLEM);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
