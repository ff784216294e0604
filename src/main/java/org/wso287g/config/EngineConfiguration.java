package org.wso287g.config;

import java.time.Clock;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wso287g.process.RefusalPlugin;

/** How the engine is wired into the application. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  /** Refusals of what a person submitted reach the Tasklist and /engine-rest as HTTP 400. */
  @Bean
  RefusalPlugin refusalPlugin() {
    return new RefusalPlugin();
  }

  /**
   * /engine-rest requires HTTP Basic authentication against the engine's users. Without it the
   * engine would run every REST call without an authenticated user, and so skip authorization.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  /** Every refusal of a person's input reaches REST clients as a 400, on every endpoint. */
  @Bean
  ResourceConfigCustomizer refusalsAsBadRequests() {
    return config -> config.register(RefusalExceptionMapper.ForRestExceptions.class)
        .register(RefusalExceptionMapper.ForEngineExceptions.class);
  }

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
