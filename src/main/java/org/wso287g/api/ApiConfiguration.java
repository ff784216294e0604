package org.wso287g.api;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The program's REST API under /api: HTTP Basic against the engine's users, as /engine-rest, with
 * a problem body on 401.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.addInitParameter("authentication-provider", ProblemBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
