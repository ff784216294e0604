package org.wso287g.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.util.CamundaBpmVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wso287g.api.ProblemBasicAuthenticationProvider;

/**
 * /actuator is secured like /api: HTTP Basic against the engine's users, a 401 problem body when the
 * credentials are missing or wrong, then membership in camunda-admin. The one exception is
 * {@code GET /actuator/health} without credentials, for the image's health check and load balancers:
 * it answers with the status alone (management.endpoint.health.show-details: when-authorized).
 *
 * <p>The two filters only apply on the application's own port: do not move the actuator to a
 * separate management.server.port.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorConfiguration {

  @Bean
  FilterRegistrationBean<ActuatorAuthenticationFilter> actuatorAuthentication() {
    var registration = new FilterRegistrationBean<>(new ActuatorAuthenticationFilter());
    registration.setName("actuator-authentication");
    registration.addUrlPatterns("/actuator/*");
    registration.addInitParameter("authentication-provider", ProblemBasicAuthenticationProvider.class.getName());
    registration.setOrder(1);
    return registration;
  }

  /**
   * After the authentication: it reads the user the engine's filter has just signed in. The engine is
   * looked up per request, so that registering the filter does not build the engine early, while the
   * web server starts.
   */
  @Bean
  FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(ObjectProvider<ProcessEngine> engine, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(
        new ActuatorAccessFilter(() -> engine.getObject().getIdentityService(), json));
    registration.setName("actuator-access");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(2);
    return registration;
  }

  /** /actuator/info: the engine's version next to the build's name and version (build-info). */
  @Bean
  InfoContributor camundaInfo(CamundaBpmVersion version) {
    return info -> info.withDetail("camunda", Map.of("version", version.get()));
  }
}
