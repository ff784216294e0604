package org.wso287g.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in settings, {@code wso.security} in {@code application.yaml} (docs/operations.md, "Security").
 *
 * @param apiDocsPublic whether the OpenAPI description and Swagger UI open without signing in: true in the
 *     default (demo) profile only; everywhere else they need HTTP Basic, as /api does
 */
@ConfigurationProperties(prefix = "wso.security")
public record SecuritySettings(
    @DefaultValue("false") boolean apiDocsPublic) {
}
