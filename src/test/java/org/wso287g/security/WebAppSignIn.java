package org.wso287g.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Signing in to a web app as the browser does: the page first (it sets the CSRF cookie), then the sign-in
 * form of Camunda's web apps, then a GET that brings the new session's CSRF token. Keeps the cookies and
 * the token, and every Set-Cookie header it received, for the tests to look at.
 */
final class WebAppSignIn {

  private final TestRestTemplate rest;
  private final List<String> cookies = new ArrayList<>();
  final List<String> setCookies = new ArrayList<>();
  ResponseEntity<String> signIn;
  private String csrfToken;

  private WebAppSignIn(TestRestTemplate rest) {
    this.rest = rest;
  }

  static WebAppSignIn as(TestRestTemplate rest, String app, String userId, String password) {
    WebAppSignIn session = new WebAppSignIn(rest);
    session.remember(rest.getForEntity("/camunda/app/" + app + "/default/", String.class));
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", userId);
    form.add("password", password);
    session.signIn = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    session.remember(session.signIn);
    session.remember(rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(session.headers()),
        String.class));
    return session;
  }

  /** Sends JSON to the web apps' engine API, as Admin does ({@code /user/create}, ...). */
  <T> ResponseEntity<T> send(HttpMethod method, String path, Object body, Class<T> answer) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<T> response = rest.exchange("/camunda/api/engine/engine/default" + path, method,
        new HttpEntity<>(body, headers), answer);
    remember(response);
    return response;
  }

  /** The Set-Cookie header that set this cookie last. */
  String setCookie(String name) {
    return setCookies.stream().filter(header -> header.startsWith(name + "=")).reduce((first, last) -> last)
        .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name + " in " + setCookies));
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      headers.put(HttpHeaders.COOKIE, List.of(String.join("; ", cookies)));
    }
    if (csrfToken != null) {
      headers.set("X-XSRF-TOKEN", csrfToken);
    }
    return headers;
  }

  private void remember(ResponseEntity<?> response) {
    for (String header : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      setCookies.add(header);
      String pair = header.split(";", 2)[0];
      String name = pair.split("=", 2)[0];
      cookies.removeIf(existing -> existing.startsWith(name + "="));
      cookies.add(pair);
      if (name.equals("XSRF-TOKEN")) {
        csrfToken = pair.substring(name.length() + 1);
      }
    }
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      csrfToken = token;
    }
  }
}
