package org.wso287g.config;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Wrapper;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wso287g.process.CallerGuardPlugin;
import org.wso287g.process.RefusalPlugin;

/** How the engine is wired into the application. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  /** The servlet name CamundaBpmWebappInitializer gives the web apps' engine API. */
  static final String WEB_APPS_ENGINE_API = "Engine Api";

  /** Refusals of what a person submitted reach the Tasklist and /engine-rest as HTTP 400. */
  @Bean
  RefusalPlugin refusalPlugin() {
    return new RefusalPlugin();
  }

  /** Rule 8: what a caller sends may set only its form's variables; engine-level changes are for camunda-admin. */
  @Bean
  CallerGuardPlugin callerGuardPlugin() {
    return new CallerGuardPlugin();
  }

  /**
   * Every refusal of a person's input reaches REST clients as a 400, on every endpoint; a start that
   * lost a race for a record kept once as a 409 (rule 13); the caller's other faults as a 4xx with the
   * reason; a fault on the server as a 5xx with an incident reference and nothing of its internals.
   */
  @Bean
  ResourceConfigCustomizer refusalsAsBadRequests() {
    return config -> {
      for (Class<?> mapper : RefusalExceptionMapper.ALL) {
        config.register(mapper);
      }
    };
  }

  /**
   * The same for the web apps' own engine API, which the Tasklist calls (an administrator assigning a
   * serve task to someone without authority): Camunda registers it as the servlet "Engine Api", which
   * starts on its first request; its Jersey application gets our mappers as providers before then.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusalsAsBadRequestsInTheWebApps() {
    String mappers = Arrays.stream(RefusalExceptionMapper.ALL).map(Class::getName).collect(Collectors.joining(","));
    return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
      if (Lifecycle.AFTER_START_EVENT.equals(event.getType())
          && context.findChild(WEB_APPS_ENGINE_API) instanceof Wrapper engineApi) {
        engineApi.addInitParameter(ServerProperties.PROVIDER_CLASSNAMES, mappers);
      }
    }));
  }

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
