package org.variatlas.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.variatlas.app.SharedApp;
import org.variatlas.app.results.ResultsPipeline;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.StoredUser;
import org.variatlas.app.security.UserAccounts;

/**
 * Actuator's health over HTTP, as a load balancer or Kubernetes probe sees it: liveness and
 * readiness are public and say UP and nothing else; an administrator also sees the components;
 * nothing else of Actuator is exposed.
 */
class HealthIT extends SharedApp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ResultsPipeline pipeline;
  @Autowired UserAccounts accounts;

  @BeforeEach
  void prepared() throws InterruptedException {
    // The tests' app loads nothing at start; only results another test scheduled can be pending.
    assertThat(pipeline.awaitIdle(Duration.ofMinutes(2))).isTrue();
  }

  @Test
  void liveness_and_readiness_are_public_and_tell_only_the_status() throws Exception {
    for (String path :
        new String[] {
          "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"
        }) {
      HttpResponse<String> r = get(path, null);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.path("status").asText()).as(path).isEqualTo("UP");
      assertThat(body.has("components")).as(path + " shows components").isFalse();
      assertThat(r.headers().firstValue("Set-Cookie")).as(path + " opens a session").isEmpty();
    }
  }

  @Test
  void an_administrator_sees_the_components_and_an_editor_does_not() throws Exception {
    JsonNode admin =
        JSON.readTree(
            get("/actuator/health/readiness", token("it-health-admin", Role.ADMIN)).body());
    assertThat(admin.path("components").has("preparation")).isTrue();
    assertThat(admin.path("components").has("readinessState")).isTrue();
    assertThat(admin.path("components").has("db")).isTrue();
    assertThat(admin.path("components").path("preparation").path("details").has("startupLoads"))
        .isTrue();
    JsonNode editor =
        JSON.readTree(get("/actuator/health", token("it-health-editor", Role.EDITOR)).body());
    assertThat(editor.has("components")).isFalse();
  }

  @Test
  void nothing_else_of_actuator_is_exposed() throws Exception {
    String admin = token("it-health-admin", Role.ADMIN);
    // Unexposed paths fall through to the atlas' pages (HTML): no endpoint and no discovery page.
    for (String path :
        new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
      HttpResponse<String> r = get(path, admin);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).doesNotContain("json");
      assertThat(r.body()).as(path).doesNotContain("_links", "propertySources", "\"beans\"");
    }
  }

  private String token(String name, Role role) {
    StoredUser user =
        accounts
            .user(name)
            .orElseGet(
                () -> accounts.create(name, name, "it-password-" + name, Set.of(role), null));
    return accounts.issueToken(user.id(), "it", Duration.ofHours(1)).secret();
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
