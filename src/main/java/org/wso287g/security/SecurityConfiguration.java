package org.wso287g.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.wso287g.identity.ProgramGroups;

/**
 * Who may call what, and the security headers, for every surface (docs/operations.md, "Security"). Two
 * filter chains:
 * <ul>
 *   <li>{@code /camunda/**}, Cockpit, Tasklist and Admin: they sign in with their own session and guard it
 *       with their own CSRF token, so Spring Security adds only the headers here (no sign-in, no CSRF);</li>
 *   <li>everything else: /api, /engine-rest and /actuator with HTTP Basic against the engine's users on
 *       every request (no session), the static pages and, in the demo profile, the OpenAPI description
 *       open to anybody.</li>
 * </ul>
 * Paths are matched on the whole path inside the application, whichever servlet serves it (Jersey serves
 * /engine-rest, Spring MVC the rest).
 */
@Configuration(proxyBeanMethods = false)
// LockoutExpiry runs on Spring's scheduler.
@EnableScheduling
class SecurityConfiguration {

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  @Bean
  @Order(1)
  SecurityFilterChain webApps(HttpSecurity http) throws Exception {
    return http.securityMatcher(PATHS.matcher("/camunda/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .headers(new SecurityHeaders())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(HttpSecurity http, SecuritySettings settings, ObjectMapper json,
      ObjectProvider<IdentityService> identity) throws Exception {
    ProblemResponses problems = new ProblemResponses(json);
    return http
        .authorizeHttpRequests(requests -> {
          // Anybody gets the health status (the image's health check, load balancers); the components only
          // camunda-admin (management.endpoint.health.show-details).
          requests.requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/health")).permitAll()
              .requestMatchers(PATHS.matcher("/actuator/**")).hasAuthority(ProgramGroups.CAMUNDA_ADMIN)
              .requestMatchers(PATHS.matcher("/api/**"), PATHS.matcher("/engine-rest/**")).authenticated();
          if (!settings.apiDocsPublic()) {
            requests.requestMatchers(PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/v3/api-docs"),
                PATHS.matcher("/swagger-ui/**"), PATHS.matcher("/swagger-ui.html")).authenticated();
          }
          requests.anyRequest().permitAll();
        })
        // Credentials that are sent are checked even where none are needed: wrong ones get the 401.
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No cookie signs anybody in here, so no request can be forged with one.
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .headers(new SecurityHeaders())
        .addFilterAfter(new EngineAuthenticationBinding(identity), AuthorizationFilter.class)
        .build();
  }

  @Bean
  EngineUsers engineUsers(ObjectProvider<IdentityService> identity) {
    return new EngineUsers(identity);
  }
}
