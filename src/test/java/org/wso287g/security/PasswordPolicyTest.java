package org.wso287g.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.ResponseEntity;

/**
 * Camunda's password policy applies wherever a password is set, and a refused one is a 400 that says what
 * the policy asks for: /engine-rest, the engine API that Admin calls, and code. The demo users of the
 * default profile keep their password "demo", the one exception.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:password-policy;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false"})
@DirtiesContext
class PasswordPolicyTest {

  static final String STRONG = "Field-Office-2026";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;

  @AfterEach
  void removeTheProbes() {
    for (String id : List.of("policy.probe", "admin.probe", "code.probe")) {
      identity.deleteUser(id);
    }
  }

  @Test
  void engineRestRefusesAWeakPasswordForANewUserWith400NamingThePolicy() {
    for (String weak : new String[] {"a", "", "fieldoffice", "Policy.probe-2026"}) {
      ResponseEntity<Map> refused = admin().postForEntity("/engine-rest/user/create", newUser("policy.probe", weak), Map.class);

      assertThat(refused.getStatusCode()).as("password '%s'", weak).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) refused.getBody().get("message")).as("password '%s'", weak)
          .contains("password policy", "at least 10 characters", "special character", "user's id");
      assertThat(identity.createUserQuery().userId("policy.probe").count()).isZero();
    }

    assertThat(admin().postForEntity("/engine-rest/user/create", newUser("policy.probe", STRONG), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.withBasicAuth("policy.probe", STRONG).getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void engineRestRefusesAWeakNewPasswordForAnExistingUser() {
    admin().postForEntity("/engine-rest/user/create", newUser("policy.probe", STRONG), String.class);

    ResponseEntity<Map> refused = admin().exchange("/engine-rest/user/policy.probe/credentials", HttpMethod.PUT,
        new HttpEntity<>(Map.of("password", "a", "authenticatedUserPassword", "demo")), Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("password policy");
    assertThat(identity.checkPassword("policy.probe", STRONG)).as("the old password stays").isTrue();
  }

  @Test
  void adminRefusesAWeakPasswordToo() {
    WebAppSignIn admin = WebAppSignIn.as(rest, "admin", "admin", "demo");

    ResponseEntity<Map> refused = admin.send(HttpMethod.POST, "/user/create", newUser("admin.probe", "a"), Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("password policy", "at least 10 characters");
    assertThat(admin.send(HttpMethod.POST, "/user/create", newUser("admin.probe", STRONG), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void codeThatSavesAUserMeetsThePolicyAsWell() {
    User user = identity.newUser("code.probe");
    user.setPassword("demo");

    assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("password policy");
  }

  @Test
  void theDemoUsersStillSignInWithDemo() {
    for (String demo : List.of("admin", "hq.analyst", "nol.director", "demo.sheriff", "demo.wso")) {
      assertThat(rest.withBasicAuth(demo, "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
          .as(demo).isEqualTo(HttpStatus.OK);
    }
    assertThat(WebAppSignIn.as(rest, "tasklist", "nol.poc", "demo").signIn.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", "demo");
  }

  private static Map<String, Object> newUser(String id, String password) {
    return Map.of("profile", Map.of("id", id, "firstName", "Policy", "lastName", "Probe", "email", id + "@example.invalid"),
        "credentials", Map.of("password", password));
  }
}
