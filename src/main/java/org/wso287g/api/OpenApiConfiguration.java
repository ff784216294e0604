package org.wso287g.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api, generated from the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI programApi() {
    return new OpenAPI()
        .info(new Info().title("287(g) WSO program API").version("1")
            .description("Letters of interest, warrants, ICE list imports and program statistics. HTTP Basic with "
                + "the same users as the Tasklist; errors are RFC 7807 problem bodies that name each bad field."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }

  /** Every /api call may answer 401 the same way (org.wso287g.security.ProblemResponses): said once, here. */
  @Bean
  OpenApiCustomizer unauthorizedOnEveryOperation() throws JsonProcessingException {
    Object body = Json.mapper().readTree(ApiDocs.UNAUTHORIZED_PROBLEM);
    ApiResponse unauthorized = new ApiResponse().description(ApiDocs.UNAUTHORIZED)
        .addHeaderObject(ApiDocs.WWW_AUTHENTICATE, new Header().schema(new StringSchema().example(ApiDocs.BASIC_REALM)))
        .content(new Content().addMediaType(ApiDocs.PROBLEM_JSON, new MediaType()
            .addExamples("unauthorized", new Example().value(body))));
    return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations()
        .forEach(operation -> operation.getResponses().addApiResponse("401", unauthorized)));
  }
}
