package org.wso287g.security;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the engine's lockouts after {@code wso.security.lockout-period}. The engine locks a user after
 * {@code loginMaxAttempts} wrong passwords in a row and keeps it locked until an administrator unlocks it;
 * a lockout that lasts for good lets anybody who knows a user id shut that user out. Camunda has no
 * expiry of its own, so every {@code lockout-check-interval} this unlocks, through the engine, each user
 * whose lockout began more than the period ago.
 *
 * <p>The engine keeps a user's failed attempts ({@code ATTEMPTS_}) and the end of its last wait
 * ({@code LOCK_EXP_TIME_}, the last wrong password plus at most {@code loginDelayMaxTime}) on the user's
 * row; the lockout is counted from the end of that wait. Every node of a cluster runs this against the
 * one database: unlocking is idempotent (it resets the count and the wait), so two nodes unlocking the
 * same user do no harm, and a user locked again since is not unlocked early, because its wait moved on.
 */
@Component
class LockoutExpiry {

  private static final Logger LOG = LoggerFactory.getLogger(LockoutExpiry.class);

  private final IdentityService identity;
  private final ManagementService management;
  private final ProcessEngineConfigurationImpl engine;
  private final SecuritySettings settings;

  LockoutExpiry(IdentityService identity, ManagementService management, ProcessEngineConfigurationImpl engine,
      SecuritySettings settings) {
    this.identity = identity;
    this.management = management;
    this.engine = engine;
    this.settings = settings;
  }

  @Scheduled(fixedDelayString = "${wso.security.lockout-check-interval:PT1M}",
      initialDelayString = "${wso.security.lockout-check-interval:PT1M}")
  void unlockExpired() {
    // The engine's clock: the one it wrote the waits with.
    Date lockedBefore = new Date(ClockUtil.getCurrentTime().getTime() - settings.lockoutPeriod().toMillis());
    List<User> expired = identity.createNativeUserQuery()
        .sql("SELECT * FROM " + management.getTableName(UserEntity.class)
            + " WHERE ATTEMPTS_ >= #{maxAttempts} AND LOCK_EXP_TIME_ < #{lockedBefore}")
        .parameter("maxAttempts", engine.getLoginMaxAttempts())
        .parameter("lockedBefore", lockedBefore)
        .list();
    for (User user : expired) {
      identity.unlockUser(user.getId());
      LOG.info("User {} unlocked: locked after {} wrong passwords, longer than {}", user.getId(),
          engine.getLoginMaxAttempts(), settings.lockoutPeriod());
    }
  }
}
