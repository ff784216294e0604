package org.wso287g.ops;

import java.util.Map;
import org.camunda.bpm.spring.boot.starter.util.CamundaBpmVersion;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * /actuator is secured like /api (org.wso287g.security.SecurityConfiguration): HTTP Basic against the
 * engine's users, a 401 problem body when the credentials are missing or wrong, then membership in
 * camunda-admin. The one exception is {@code GET /actuator/health} without credentials, for the image's
 * health check and load balancers: it answers with the status alone
 * (management.endpoint.health.show-details: when-authorized).
 *
 * <p>That security applies on the application's own port only: do not move the actuator to a separate
 * management.server.port.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorConfiguration {

  /** /actuator/info: the engine's version next to the build's name and version (build-info). */
  @Bean
  InfoContributor camundaInfo(CamundaBpmVersion version) {
    return info -> info.withDetail("camunda", Map.of("version", version.get()));
  }
}
