package org.variatlas.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.variatlas.app.lifecycle.LifecycleApi.await;
import static org.variatlas.app.lifecycle.LifecycleApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.variatlas.app.SharedApp;
import org.variatlas.app.audit.AuditLog;
import org.variatlas.app.lifecycle.fixture.UpgradeTopic;
import org.variatlas.app.plugins.PluginJars;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.population.PopulationFixture;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.UserAccounts;

/**
 * Issue 10's upgrade and roll-back, over HTTP on the running app: version 1 is public; version 2 is
 * staged beside it and previewed by an editor ({@code ?version=staged}) while the public keeps
 * seeing version 1's figures; publishing swaps plugin and figures; a failing version 3 leaves
 * version 2 public; restoring brings version 1 back with its figures.
 */
class PluginUpgradeIT extends SharedApp {

  private static final String PLUGIN = "lifecycle-upgrade";
  private static final String RESULTS =
      "/api/v1/results/" + UpgradeTopic.ID + "/" + UpgradeTopic.INDICATOR + "?level=hf&period=2024";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired PluginRuntime runtime;
  @Autowired AuditLog audit;
  @Autowired PopulationFixture population;

  @TempDir Path dir;

  @Test
  void a_staged_version_is_previewed_published_refused_when_failing_and_rolled_back()
      throws Exception {
    population.ensureLoaded();
    LifecycleApi api = new LifecycleApi(port, accounts);
    String admin = api.token("it-up-admin", Set.of(Role.ADMIN), null);
    String editor = api.token("it-up-editor", Set.of(Role.EDITOR), null);

    HttpResponse<String> v1 = api.upload(jar("1.0.0", UpgradeTopic.class), admin);
    assertThat(v1.statusCode()).as(v1.body()).isEqualTo(201);
    await(
        () -> json(api.get("/api/v1/plugins/" + PLUGIN + "/progress", admin).body()),
        p -> p.path("done").asInt() == p.path("total").asInt(),
        "install-time loaders");
    assertThat(api.post("/api/v1/plugins/" + PLUGIN + "/publish", editor).statusCode())
        .isEqualTo(204);
    double perThousand =
        await(() -> national(api, RESULTS, null), v -> !Double.isNaN(v), "version 1's results");

    HttpResponse<String> v2 = api.upload(jar("2.0.0", UpgradeTopic.V2.class), admin);
    assertThat(v2.statusCode()).as(v2.body()).isEqualTo(201);
    assertThat(json(v2.body()).path("staged").asBoolean()).isTrue();
    assertThat(national(api, RESULTS, null)).as("the public").isEqualTo(perThousand);
    assertThat(national(api, RESULTS, editor))
        .as("an editor not previewing")
        .isEqualTo(perThousand);
    assertThat(national(api, RESULTS + "&version=staged", null))
        .as("anonymous callers cannot preview")
        .isEqualTo(perThousand);
    assertThat(national(api, RESULTS + "&version=staged", editor))
        .as("the editor's preview")
        .isCloseTo(perThousand * 100, within(perThousand * 1e-6));
    JsonNode staged = plugin(api, editor);
    assertThat(staged.path("version").asText()).isEqualTo("1.0.0");
    assertThat(staged.path("stagedVersion").asText()).isEqualTo("2.0.0");

    assertThat(api.post("/api/v1/plugins/" + PLUGIN + "/publish", editor).statusCode())
        .isEqualTo(204);
    assertThat(national(api, RESULTS, null))
        .as("published: the public sees version 2")
        .isCloseTo(perThousand * 100, within(perThousand * 1e-6));
    JsonNode published = plugin(api, null);
    assertThat(published.path("version").asText()).isEqualTo("2.0.0");
    assertThat(published.path("previousVersion").asText()).isEqualTo("1.0.0");
    assertThat(published.path("stagedVersion").isNull()).isTrue();

    HttpResponse<String> v3 = api.upload(jar("3.0.0", UpgradeTopic.Broken.class), admin);
    assertThat(v3.statusCode()).as(v3.body()).isEqualTo(422);
    assertThat(v3.body()).contains("\"installed\":false");
    assertThat(national(api, RESULTS, null))
        .as("version 2 still public")
        .isCloseTo(perThousand * 100, within(perThousand * 1e-6));
    assertThat(plugin(api, null).path("version").asText()).isEqualTo("2.0.0");

    assertThat(api.post("/api/v1/plugins/" + PLUGIN + "/restore", null).statusCode())
        .isEqualTo(401);
    assertThat(api.post("/api/v1/plugins/" + PLUGIN + "/restore", editor).statusCode())
        .isEqualTo(204);
    assertThat(national(api, RESULTS, null)).as("restored: version 1").isEqualTo(perThousand);
    JsonNode restored = plugin(api, null);
    assertThat(restored.path("version").asText()).isEqualTo("1.0.0");
    assertThat(restored.path("previousVersion").asText()).isEqualTo("2.0.0");
    assertThat(Files.list(runtime.directory()).map(p -> p.getFileName().toString()))
        .filteredOn(f -> f.startsWith(PLUGIN))
        .containsExactly(PLUGIN + "-1.0.0.jar");

    assertThat(audit.find(new AuditLog.Filter("it-up-", "plugin.", null, null, null), 50))
        .extracting(e -> e.actor() + " " + e.action() + " " + e.outcome())
        .contains(
            "it-up-admin plugin.upgrade OK",
            "it-up-editor plugin.publish OK",
            "it-up-admin plugin.install REFUSED",
            "it-up-editor plugin.restore OK");
    assertThat(api.delete("/api/v1/plugins/" + PLUGIN + "?deleteData=true", editor).statusCode())
        .isEqualTo(204);
    assertThat(Files.exists(runtime.directory().resolve(".versions").resolve(PLUGIN))).isFalse();
  }

  private Path jar(String version, Class<? extends UpgradeTopic> topic) {
    return PluginJars.plugin(PLUGIN)
        .set("Plugin-Version", version)
        .classes(UpgradeTopic.class, topic, UpgradeTopic.Demo.class)
        .extensions(topic, UpgradeTopic.Demo.class)
        .writeTo(dir, PLUGIN + "-" + version + ".jar");
  }

  /** The national row's value, NaN when there are no results (yet). */
  private static double national(LifecycleApi api, String path, String bearer) throws Exception {
    HttpResponse<String> r = api.get(path, bearer);
    if (r.statusCode() != 200) {
      return Double.NaN;
    }
    JsonNode rows = json(r.body());
    JsonNode value = rows.get(rows.size() - 1).path("value");
    return value.isNumber() ? value.asDouble() : Double.NaN;
  }

  private static JsonNode plugin(LifecycleApi api, String bearer) throws Exception {
    for (JsonNode p : json(api.get("/api/v1/plugins", bearer).body())) {
      if (p.path("id").asText().equals(PLUGIN)) {
        return p;
      }
    }
    throw new AssertionError("no plugin " + PLUGIN);
  }
}
