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
 * creates this class by name, so the body is a constant rather than a Spring-serialized object.
 */
public class ProblemBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final String UNAUTHORIZED = """
      {"type":"about:blank","title":"Unauthorized","status":401,\
      "detail":"Sign in with HTTP Basic: the user id and password you use in the Tasklist. \
      The credentials were missing or wrong."}""";

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    super.augmentResponseByAuthenticationChallenge(response, engine);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write(UNAUTHORIZED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
