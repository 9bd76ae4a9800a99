package org.variatlas.app.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI description that springdoc serves at {@code /v3/api-docs}; the paths,
 * parameters and response records come from the controllers' annotations ({@code ApiDocsIT} checks
 * that every {@code /api/v1} mapping is described).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

  /** The name of the API token scheme that the editors' endpoints refer to. */
  public static final String TOKEN = "apiToken";

  @Bean
  OpenAPI variatlasOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Variatlas API")
                .version("v1")
                .description(
                    "Read access to a variation atlas: topics, indicator definitions, results per"
                        + " area (JSON or CSV), area polygons (GeoJSON), populations, plugins and"
                        + " the atlas' status. Results are suppressed before they are stored:"
                        + " suppressed rows carry no counts. Everything under /api/v1 is public"
                        + " except the load runs, which need an editor's session or API token."))
        .schemaRequirement(
            TOKEN,
            new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("An API token issued by an administrator (admin/users)."));
  }
}
