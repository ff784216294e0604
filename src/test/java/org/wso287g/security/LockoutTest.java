package org.wso287g.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Ten wrong passwords lock a user (the engine's loginMaxAttempts), and the lockout ends after
 * wso.security.lockout-period (15 minutes), without an administrator. The wrong passwords are paced as
 * the engine's login throttling requires (it ignores attempts made during the wait after a wrong one, at
 * most 60 s): the engine's clock is moved forward instead of waiting, and so is it past the period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:lockout;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
    "camunda.bpm.job-execution.enabled=false",
    // The check runs every 0.2 s instead of every minute: the test need not wait for it.
    "wso.security.lockout-check-interval=PT0.2S"})
@DirtiesContext
class LockoutTest {

  static final String USER = "lockout.probe";
  static final String PASSWORD = "Right-Horse-2026";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired LockoutExpiry expiry;
  @Autowired SecuritySettings settings;

  @BeforeEach
  void aUser() {
    User user = identity.newUser(USER);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
  }

  @AfterEach
  void removeTheUserAndResetTheClock() {
    ClockUtil.reset();
    identity.deleteUser(USER);
  }

  @Test
  void tenWrongPasswordsLockTheUserUntilTheLockoutPeriodHasPassed() {
    long start = System.currentTimeMillis();
    for (int attempt = 1; attempt <= 10; attempt++) {
      ClockUtil.setCurrentTime(new Date(start + attempt * Duration.ofSeconds(61).toMillis()));
      assertThat(status("wrong-Password-1")).as("wrong password %d", attempt).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    long lastAttempt = start + 10 * Duration.ofSeconds(61).toMillis();

    // Locked: the right password is refused, a minute later as at once.
    ClockUtil.setCurrentTime(new Date(lastAttempt + Duration.ofSeconds(61).toMillis()));
    assertThat(status(PASSWORD)).as("right password while locked").isEqualTo(HttpStatus.UNAUTHORIZED);

    // Still locked shortly before the period has passed (the check itself, run here).
    ClockUtil.setCurrentTime(new Date(lastAttempt + settings.lockoutPeriod().toMillis()));
    expiry.unlockExpired();
    assertThat(status(PASSWORD)).as("right password before the lockout period has passed").isEqualTo(HttpStatus.UNAUTHORIZED);

    // After the period (plus the longest wait, 60 s), the scheduled check unlocks the user.
    ClockUtil.setCurrentTime(new Date(lastAttempt + settings.lockoutPeriod().toMillis() + Duration.ofSeconds(61).toMillis()));
    await("the scheduled check unlocks the user").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> status(PASSWORD) == HttpStatus.OK);
    assertThat(status("wrong-Password-1")).as("the count starts again").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aUserWithFewerWrongPasswordsIsNotTouched() {
    long start = System.currentTimeMillis();
    for (int attempt = 1; attempt <= 3; attempt++) {
      ClockUtil.setCurrentTime(new Date(start + attempt * Duration.ofSeconds(61).toMillis()));
      status("wrong-Password-1");
    }
    ClockUtil.setCurrentTime(new Date(start + Duration.ofDays(1).toMillis()));
    expiry.unlockExpired();

    User user = identity.createUserQuery().userId(USER).singleResult();
    assertThat(((UserEntity) user).getAttempts())
        .as("the engine's count of wrong passwords, not reset by the check").isEqualTo(3);
  }

  private HttpStatus status(String password) {
    return HttpStatus.valueOf(rest.withBasicAuth(USER, password).getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value());
  }
}
