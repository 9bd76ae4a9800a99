package org.variatlas.app.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.variatlas.app.i18n.LanguageResolver;

/**
 * The head of the OpenAPI description that springdoc serves at {@code /v3/api-docs}; the paths,
 * parameters and response records come from the controllers' annotations ({@code ApiDocsIT} checks
 * that every {@code /api/v1} mapping is described).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

  /** The name of the API token scheme that the editors' endpoints refer to. */
  public static final String TOKEN = "apiToken";

  /** Parameters that mean the same on every endpoint, described once. */
  static final Map<String, String> COMMON_PARAMETERS =
      Map.of("topicId", "The topic's id (GET /api/v1/topics).");

  @Bean
  OperationCustomizer commonParameters() {
    return (operation, handler) -> {
      // The language comes from Spring's LocaleResolver (a Locale argument), which springdoc
      // does not see: say here that such an endpoint reads ?lang=.
      if (Arrays.stream(handler.getMethodParameters())
          .anyMatch(p -> p.getParameterType() == Locale.class)) {
        operation.addParametersItem(
            new QueryParameter()
                .name(LanguageResolver.PARAMETER)
                .description(LanguageResolver.DESCRIPTION)
                .schema(new StringSchema()._enum(List.of("nb", "nn", "en"))));
      }
      if (operation.getParameters() != null) {
        for (Parameter p : operation.getParameters()) {
          if (p.getDescription() == null && COMMON_PARAMETERS.containsKey(p.getName())) {
            p.setDescription(COMMON_PARAMETERS.get(p.getName()));
          }
        }
      }
      return operation;
    };
  }

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
