package org.wso287g.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.ResponseEntity;

/**
 * Every surface answers with the security headers, refusals included: the Content-Security-Policy with
 * frame-ancestors, nosniff, X-Frame-Options, Referrer-Policy, and Cache-Control no-store on everything
 * but static files. Camunda's web apps keep their own Content-Security-Policy, alone. Their session, as
 * the demo profile runs them (plain HTTP): signing in to the Tasklist sets a session cookie that scripts
 * cannot read and other sites do not send along (HttpOnly, SameSite=Lax, the attribute once), the CSRF
 * cookie is SameSite=Lax too, and an idle session ends after 30 minutes. Over HTTPS only:
 * ProductionSecurityTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:security-headers;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class SecurityHeadersTest {

  @Autowired TestRestTemplate rest;
  @Autowired ServletWebServerApplicationContext context;

  @Test
  void theStaticPagesSwaggerUiAndTheOpenApiDescription() {
    for (String path : List.of("/", "/oversight.html", "/swagger-ui/index.html", "/v3/api-docs")) {
      ResponseEntity<String> answer = rest.getForEntity(path, String.class);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertSecurityHeaders(path, answer, SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertNotStored(path, answer);
    }
  }

  @Test
  void theApisAnswersAndRefusals() {
    for (String path : List.of("/api/statistics?model=WSO&fiscalYear=2026", "/engine-rest/task", "/actuator/info")) {
      ResponseEntity<String> answer = rest.withBasicAuth("admin", "demo").getForEntity(path, String.class);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertSecurityHeaders(path, answer, SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertNotStored(path, answer);

      ResponseEntity<String> refused = rest.getForEntity(path, String.class);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertSecurityHeaders(path + " (401)", refused, SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertNotStored(path + " (401)", refused);
    }
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertSecurityHeaders("/actuator/health", health, SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertNotStored("/actuator/health", health);
  }

  @Test
  void theWebAppsKeepTheirOwnContentSecurityPolicyAndGetTheOtherHeaders() {
    for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
        "/camunda/app/admin/default/", "/camunda/api/engine/engine/")) {
      ResponseEntity<String> answer = rest.getForEntity(path, String.class);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      List<String> policies = answer.getHeaders().getOrEmpty("Content-Security-Policy");
      assertThat(policies).as(path + ": Camunda's policy, alone").hasSize(1);
      assertThat(policies.get(0)).as(path).contains("'nonce-", "frame-ancestors 'none'");
      assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(answer.getHeaders().getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(answer.getHeaders().getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertNotStored(path, answer);
    }
  }

  @Test
  void staticFilesMayBeKeptButAreCheckedAgainEachTime() {
    for (String path : List.of("/index.js", "/oversight.css", "/swagger-ui/swagger-ui-bundle.js", "/camunda/lib/deps.js")) {
      ResponseEntity<String> file = rest.getForEntity(path, String.class);
      assertThat(file.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(file.getHeaders().getCacheControl()).as(path).isEqualTo("no-cache");
      assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
  }

  @Test
  void theTasklistSignInSetsAnHttpOnlySameSiteSessionCookie() {
    WebAppSignIn tasklist = WebAppSignIn.as(rest, "tasklist", "nol.director", "demo");

    assertThat(tasklist.signIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    String session = tasklist.setCookie("JSESSIONID");
    assertThat(session).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
    assertThat(session.split("(?i)SameSite=", -1)).as("one SameSite attribute: " + session).hasSize(2);
    assertThat(session).containsIgnoringCase("SameSite=Lax");
    assertThat(tasklist.setCookie("XSRF-TOKEN")).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
  }

  @Test
  void anIdleSessionEndsAfterThirtyMinutes() {
    Context tomcat = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    assertThat(Duration.ofMinutes(tomcat.getSessionTimeout())).isEqualTo(Duration.ofMinutes(30));
  }
  private static void assertSecurityHeaders(String what, ResponseEntity<String> answer, String policy) {
    HttpHeaders headers = answer.getHeaders();
    assertThat(headers.getOrEmpty("Content-Security-Policy")).as(what).containsExactly(policy);
    assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(headers.getOrEmpty("X-Content-Type-Options")).as(what).containsExactly("nosniff");
    assertThat(headers.getOrEmpty("X-Frame-Options")).as(what).containsExactly("DENY");
    assertThat(headers.getOrEmpty("Referrer-Policy")).as(what).containsExactly("same-origin");
  }

  private static void assertNotStored(String what, ResponseEntity<String> answer) {
    assertThat(answer.getHeaders().getCacheControl()).as(what).contains("no-store");
  }
}
