package org.variatlas.app.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.variatlas.app.SharedApp;
import org.variatlas.app.results.ResultJson;
import org.variatlas.app.results.ResultTable;

/**
 * The OpenAPI description at {@code /v3/api-docs} against the running app's controllers: every
 * {@code /api/v1} mapping is there with its method, a summary, each path and query parameter
 * (described), and typed responses; and nothing else is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsIT extends SharedApp {

  @Autowired TestRestTemplate http;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  JsonNode docs;

  @BeforeAll
  void readTheDescription() throws Exception {
    ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    docs = new ObjectMapper().readTree(response.getBody());
  }

  @Test
  void every_api_mapping_is_described_with_its_parameters() {
    List<String> problems = new ArrayList<>();
    int described = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/v1/") && !pattern.equals("/api/v1")) {
          continue;
        }
        for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
          JsonNode operation = docs.path("paths").path(pattern).path(method.name().toLowerCase());
          String where = method + " " + pattern;
          if (operation.isMissingNode()) {
            problems.add(where + " is not described");
            continue;
          }
          described++;
          if (operation.path("summary").asText().isBlank()) {
            problems.add(where + " has no summary");
          }
          problems.addAll(parameterProblems(where, operation, e.getValue()));
          problems.addAll(responseProblems(where, operation));
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(described).as("described /api/v1 operations").isGreaterThanOrEqualTo(11);
  }

  @Test
  void it_describes_the_public_api_only() {
    List<String> paths = new ArrayList<>();
    docs.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/api/v1/"));
    assertThat(docs.path("info").path("title").asText()).isEqualTo("Variatlas API");
  }

  @Test
  void a_result_row_has_the_columns_of_the_csv() {
    TreeSet<String> properties = new TreeSet<>();
    docs.path("components")
        .path("schemas")
        .path("Result")
        .path("properties")
        .fieldNames()
        .forEachRemaining(properties::add);
    List<String> columns =
        new ArrayList<>(
            Arrays.stream(ResultTable.Column.values()).map(ResultTable.Column::id).toList());
    columns.add("categories"); // the parts of an indicator with categories: JSON only
    assertThat(properties).containsExactlyInAnyOrderElementsOf(columns);
  }

  /**
   * springdoc names a schema by the record's simple name (or its {@code @Schema(name)}): two
   * records of the same name would silently share one description.
   */
  @Test
  void no_two_response_records_share_a_schema_name() {
    Map<String, Set<Class<?>>> byName = new TreeMap<>();
    collect(ResultJson.class, byName); // answered as bytes, described by @ApiResponse
    for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
      if (handler.getBeanType().getPackageName().startsWith("org.variatlas")) {
        collect(handler.getMethod().getGenericReturnType(), byName);
      }
    }
    assertThat(byName).containsKeys("Result", "Indicator", "TopicPlugin", "PluginJar");
    assertThat(byName.entrySet())
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).hasSize(1));
  }

  private static void collect(Type type, Map<String, Set<Class<?>>> byName) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, byName);
      }
    } else if (type instanceof Class<?> c && c.isRecord()) {
      Schema schema = c.getAnnotation(Schema.class);
      String name = schema == null || schema.name().isEmpty() ? c.getSimpleName() : schema.name();
      if (byName.computeIfAbsent(name, n -> new HashSet<>()).add(c)) {
        for (RecordComponent component : c.getRecordComponents()) {
          collect(component.getGenericType(), byName);
        }
      }
    }
  }

  private static List<String> parameterProblems(
      String where, JsonNode operation, HandlerMethod handler) {
    List<String> problems = new ArrayList<>();
    for (MethodParameter p : handler.getMethodParameters()) {
      p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
      RequestParam query = p.getParameterAnnotation(RequestParam.class);
      PathVariable path = p.getParameterAnnotation(PathVariable.class);
      io.swagger.v3.oas.annotations.Parameter doc =
          p.getParameterAnnotation(io.swagger.v3.oas.annotations.Parameter.class);
      if (query == null && path == null || doc != null && doc.hidden()) {
        // Hidden: not a parameter of the address (e.g. a multipart form's fields).
        continue;
      }
      String name = query != null ? query.name() : path.name();
      if (name.isEmpty()) {
        name = p.getParameterName();
      }
      String in = query != null ? "query" : "path";
      JsonNode described = null;
      for (JsonNode d : operation.path("parameters")) {
        if (d.path("name").asText().equals(name) && d.path("in").asText().equals(in)) {
          described = d;
        }
      }
      if (described == null) {
        problems.add(where + ": " + in + " parameter '" + name + "' is not described");
      } else if (described.path("description").asText().isBlank()) {
        problems.add(where + ": " + in + " parameter '" + name + "' has no description");
      }
    }
    return problems;
  }

  /**
   * A successful response (200, or 201 or 202 for a change) names its media type and a schema that
   * is not a bare object; or it is a 204 without content.
   */
  private static List<String> responseProblems(String where, JsonNode operation) {
    List<String> problems = new ArrayList<>();
    JsonNode responses = operation.path("responses");
    JsonNode ok = responses.path("200");
    for (String code : List.of("201", "202")) {
      ok = ok.isMissingNode() ? responses.path(code) : ok;
    }
    if (ok.isMissingNode()) {
      return responses.has("204") ? List.of() : List.of(where + " has no successful response");
    }
    if (!ok.path("content").fieldNames().hasNext()) {
      problems.add(where + ": the 200 response has no content");
    }
    ok.path("content")
        .fields()
        .forEachRemaining(
            media -> {
              JsonNode schema = media.getValue().path("schema");
              JsonNode item = schema.has("items") ? schema.path("items") : schema;
              boolean typed =
                  item.has("$ref")
                      || (item.has("type") && !"object".equals(item.path("type").asText()));
              if (!typed) {
                problems.add(where + ": " + media.getKey() + " has an untyped schema " + schema);
              }
            });
    return problems;
  }
}
