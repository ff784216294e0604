package org.wso287g.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The two sign-in settings the postgres profile changes, on the embedded database: the OpenAPI
 * description and Swagger UI need HTTP Basic (wso.security.api-docs-public: false, the setting of every
 * profile but the demo), and the session and CSRF cookies are sent over HTTPS only
 * (wso.security.cookie-secure, WSO_COOKIE_SECURE, true in the postgres profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:production-security;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    "wso.security.api-docs-public=false",
    "wso.security.cookie-secure=true"})
@DirtiesContext
class ProductionSecurityTest {

  @Autowired TestRestTemplate rest;

  @Test
  void theApiDescriptionAndSwaggerUiNeedSigningIn() {
    for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html",
        "/swagger-ui.html")) {
      ResponseEntity<Map> refused = rest.getForEntity(path, Map.class);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
      assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(path)
          .isTrue();
      assertThat(refused.getBody()).as(path).containsEntry("status", 401);
      assertThat(rest.withBasicAuth("hq.analyst", "wrong").getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // Any user of the Tasklist may read it.
    ResponseEntity<Map> docs = rest.withBasicAuth("nol.director", "demo").getForEntity("/v3/api-docs", Map.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) docs.getBody().get("paths")).containsKey("/api/applications");
    assertThat(rest.withBasicAuth("nol.director", "demo").getForEntity("/swagger-ui/index.html", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // The pages stay open: they hold no data, and sign in for their /api calls.
    assertThat(rest.getForEntity("/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theSessionAndCsrfCookiesAreForHttpsOnly() {
    WebAppSignIn tasklist = WebAppSignIn.as(rest, "tasklist", "nol.director", "demo");

    assertThat(tasklist.signIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.setCookie("JSESSIONID")).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
    assertThat(tasklist.setCookie("XSRF-TOKEN")).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
  }
}
