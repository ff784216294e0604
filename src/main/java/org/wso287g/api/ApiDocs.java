package org.wso287g.api;

/** Texts the controllers' OpenAPI annotations share (annotation values must be compile-time constants). */
public final class ApiDocs {

  public static final String PROBLEM_JSON = "application/problem+json";

  public static final String UNAUTHORIZED = "No or wrong HTTP Basic credentials (the users of the Tasklist). "
      + "The WWW-Authenticate header asks for Basic; the problem body says how to sign in.";

  /** The body of every 401 under /api, /engine-rest and /actuator (org.wso287g.security.ProblemResponses). */
  public static final String UNAUTHORIZED_PROBLEM = """
      {"type":"about:blank","title":"Unauthorized","status":401,\
      "detail":"Sign in with HTTP Basic: the user id and password you use in the Tasklist. \
      The credentials were missing or wrong."}""";

  public static final String WWW_AUTHENTICATE = "WWW-Authenticate";

  public static final String BASIC_REALM = "Basic realm=\"default\"";

  /** The scope rule of {@link Caller#maySee}, in words. */
  public static final String SCOPE = "Headquarters (hq-287g, camunda-admin) see everything, a field office's groups "
      + "(fo-{code}-...) the agencies of that field office, an agency's groups (lea-{ori}-command, lea-{ori}-wso) "
      + "only that agency.";

  public static final String NOT_FOUND = "Not on record, or outside the caller's scope (the API does not tell the two "
      + "apart). A problem body says so.";

  private ApiDocs() {}
}
