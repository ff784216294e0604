package org.wso287g.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in settings, {@code wso.security} in {@code application.yaml} (docs/operations.md, "Security").
 *
 * @param apiDocsPublic whether the OpenAPI description and Swagger UI open without signing in: true in the
 *     default (demo) profile only; everywhere else they need HTTP Basic, as /api does
 * @param lockoutPeriod how long a user stays locked after the engine locked it for too many wrong passwords
 *     (WSO_LOCKOUT_PERIOD), counted from the end of the wait after its last wrong password
 * @param lockoutCheckInterval how often each node looks for lockouts that have run out
 */
@ConfigurationProperties(prefix = "wso.security")
public record SecuritySettings(
    @DefaultValue("false") boolean apiDocsPublic,
    @DefaultValue("PT15M") Duration lockoutPeriod,
    @DefaultValue("PT1M") Duration lockoutCheckInterval) {
}
