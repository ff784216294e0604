package org.wso287g.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A user signed in to the Tasklist as a browser is: a session cookie and the CSRF token, calling the
 * web apps' own engine API ({@code /camunda/api/engine/engine/default/...}), not /engine-rest.
 */
final class TasklistSession {

  private final TestRestTemplate rest;
  private final List<String> cookies = new ArrayList<>();
  private String csrfToken;

  private TasklistSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  static TasklistSession signIn(TestRestTemplate rest, String userId, String password) {
    TasklistSession session = new TasklistSession(rest);
    session.remember(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", userId);
    form.add("password", password);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    if (login.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException("Tasklist sign-in of " + userId + " answered " + login.getStatusCode());
    }
    session.remember(login);
    // Signing in starts a new session; its CSRF token comes with the next GET, as in the browser.
    session.remember(rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET, new HttpEntity<>(session.headers()),
        String.class));
    return session;
  }

  /** POSTs JSON to the web apps' engine API, e.g. {@code /task/{id}/assignee}. */
  ResponseEntity<Map> post(String path, Map<String, Object> body) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> response = rest.exchange("/camunda/api/engine/engine/default" + path, HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
    remember(response);
    return response;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.put(HttpHeaders.COOKIE, List.of(String.join("; ", cookies)));
    if (csrfToken != null) {
      headers.set("X-XSRF-TOKEN", csrfToken);
    }
    return headers;
  }

  private void remember(ResponseEntity<?> response) {
    List<String> set = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    for (String cookie : set) {
      String pair = cookie.split(";", 2)[0];
      String name = pair.split("=", 2)[0];
      cookies.removeIf(existing -> existing.startsWith(name + "="));
      cookies.add(pair);
      if (name.equals("XSRF-TOKEN")) {
        csrfToken = pair.substring(name.length() + 1);
      }
    }
    String header = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (header != null) {
      csrfToken = header;
    }
  }
}
