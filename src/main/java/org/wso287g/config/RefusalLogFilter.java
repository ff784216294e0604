package org.wso287g.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wso287g.common.ConcurrentDuplicate;
import org.wso287g.security.PasswordPolicyPlugin;

/**
 * The engine logs every failed command at ERROR with its stack trace (ENGINE-16004), including a
 * clerk's refused input, which is an everyday answer and not a fault. This filter drops those
 * entries only; the refusal itself reaches the person, and every other engine error is still logged.
 */
@Component
class RefusalLogFilter extends TurboFilter {

  private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @EventListener(ApplicationStartedEvent.class)
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback && !logback.getTurboFilterList().contains(this)) {
      logback.addTurboFilter(this);
      start();
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    if (isRefusal(t)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (isRefusal(param)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  /**
   * A refused input, a start that lost a race for a record kept once (rule 13; Hibernate logs the key),
   * or a password the password policy refused.
   */
  private static boolean isRefusal(Object logged) {
    return logged instanceof FormFieldValidationException || logged instanceof ConcurrentDuplicate
        || PasswordPolicyPlugin.isEngineRefusal(logged);
  }
}
