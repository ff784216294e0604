package org.wso287g.onboarding.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A fixed clock (UTC) the rule tests can move between steps, so that "approved on the 5th, signed on
 * the 10th, today is the 20th" can be written down. It stands still unless a test sets it.
 */
public final class TestClock extends Clock {

  /** "Today" of the rule tests. */
  public static final Instant NOW = Instant.parse("2026-03-20T15:00:00Z");

  private volatile Instant now = NOW;

  public void set(String instant) {
    this.now = Instant.parse(instant);
  }

  public void reset() {
    this.now = NOW;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** The one Clock bean of the rule tests. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    TestClock clock() {
      return new TestClock();
    }
  }
}
