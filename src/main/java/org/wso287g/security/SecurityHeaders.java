package org.wso287g.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer, the one place they are set (both filter chains use it):
 * <ul>
 *   <li>a Content-Security-Policy that allows only the application's own scripts, styles and fetches, no
 *       inline script or style (the static pages keep theirs in files), and no framing. Camunda's web apps
 *       send their own policy (a nonce per page, camunda.bpm.webapp.header-security); Spring Security writes
 *       its header only when the answer has none, so theirs stays the only one there;</li>
 *   <li>{@code X-Frame-Options: DENY}, for browsers without frame-ancestors; {@code X-Content-Type-Options:
 *       nosniff} (Spring Security's default);</li>
 *   <li>{@code Referrer-Policy: same-origin}: no address of the application leaves for another site.
 *       Not {@code no-referrer}: browsers would then send {@code Origin: null} on the web apps' own POSTs,
 *       which Camunda's CSRF filter refuses;</li>
 *   <li>{@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate} on every answer but the static
 *       scripts, styles, images and fonts, whatever the answer set itself; those hold nobody's data and get
 *       {@code no-cache} (the browser asks again each time and gets a 304 while the file is unchanged), so
 *       that the Tasklist does not download its 4.7 MB of scripts on every visit;</li>
 *   <li>HSTS on HTTPS requests (Spring Security's default).</li>
 * </ul>
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private static final Pattern STATIC_FILE = Pattern.compile(".*\\.(js|css|map|png|gif|svg|ico|woff2?|ttf|eot)");

  /** A GET of a static file outside the APIs. */
  private static final RequestMatcher STATIC_FILES = request -> "GET".equals(request.getMethod())
      && STATIC_FILE.matcher(path(request)).matches() && !path(request).startsWith("/api/")
      && !path(request).startsWith("/engine-rest/") && !path(request).startsWith("/actuator/");

  @Override
  public void customize(HeadersConfigurer<HttpSecurity> headers) {
    headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(STATIC_FILES),
            SecurityHeaders::neverStored))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(STATIC_FILES,
            new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-cache")));
  }

  /**
   * Spring Security's cache headers, written over whatever the answer set: engine-rest answers its GETs
   * with {@code Cache-Control: no-cache} alone, which lets a browser or proxy keep a copy.
   */
  private static void neverStored(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    response.setHeader(HttpHeaders.EXPIRES, "0");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
