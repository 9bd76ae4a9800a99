package org.variatlas.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.variatlas.app.SharedApp;
import org.variatlas.app.audit.AuditEvent;
import org.variatlas.app.audit.AuditLog;
import org.variatlas.app.lifecycle.fixture.LifecycleLoaders;
import org.variatlas.app.lifecycle.fixture.LifecycleTopic;
import org.variatlas.app.loads.LoadRunRepository;
import org.variatlas.app.loads.RunDataRepository;
import org.variatlas.app.plugins.PluginJars;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.plugins.fixture.OtherFixtureTopic;
import org.variatlas.app.security.OwnershipRepository;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.UserAccounts;

/**
 * Issue 10 over HTTP with tokens, on the running app: a jar is checked and refused with every
 * reason (nothing written), or installed as a draft without a restart; a draft is seen by editors
 * and not by anonymous callers; editors publish it; it is removed with its data; anonymous callers
 * get 401, wrong roles 403; each step is in the audit trail with its user.
 */
class PluginLifecycleIT extends SharedApp {

  private static final String TOPIC = "other-fixture";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired OwnershipRepository ownership;
  @Autowired PluginRuntime runtime;
  @Autowired AuditLog audit;
  @Autowired RunDataRepository runData;
  @Autowired LoadRunRepository runRepository;

  @TempDir Path dir;
  private LifecycleApi api;

  @Test
  void a_whole_cycle_through_the_api_with_tokens() throws Exception {
    String admin = token("it-lc-admin", Set.of(Role.ADMIN), null);
    String editor = token("it-lc-editor", Set.of(Role.EDITOR), null);
    ownership.addOrganisation("it-lc-org", "Lifecycle partner");
    String partner = token("it-lc-partner", Set.of(Role.PARTNER), "it-lc-org");
    Path good =
        PluginJars.plugin("lifecycle-good")
            .classes(OtherFixtureTopic.class)
            .extensions(OtherFixtureTopic.class)
            .writeTo(dir, "lifecycle-good.jar");

    assertThat(upload(good, null).statusCode()).as("anonymous").isEqualTo(401);
    assertThat(upload(good, editor).statusCode()).as("editors do not install").isEqualTo(403);

    HttpResponse<String> installed = upload(good, admin);
    assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
    assertThat(installed.body())
        .contains("\"installed\":true")
        .contains("\"id\":\"lifecycle-good\"");
    assertThat(get("/api/v1/topics", null).body()).doesNotContain(TOPIC);
    assertThat(get("/api/v1/topics/" + TOPIC + "/indicators", null).statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/plugins", null).body()).doesNotContain("lifecycle-good");
    assertThat(get("/api/v1/topics", editor).body()).contains(TOPIC);
    assertThat(get("/api/v1/plugins", editor).body())
        .contains("\"id\":\"lifecycle-good\"")
        .contains("\"publication\":\"draft\"");

    HttpResponse<String> again = upload(good, admin);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);

    assertThat(post("/api/v1/plugins/lifecycle-good/publish", null).statusCode()).isEqualTo(401);
    assertThat(post("/api/v1/plugins/lifecycle-good/publish", partner).statusCode()).isEqualTo(403);
    assertThat(post("/api/v1/plugins/lifecycle-good/publish", editor).statusCode()).isEqualTo(204);
    assertThat(get("/api/v1/topics", null).body()).contains(TOPIC);
    assertThat(get("/api/v1/topics/" + TOPIC + "/indicators", null).statusCode()).isEqualTo(200);

    assertThat(post("/api/v1/plugins/lifecycle-good/disable", editor).statusCode()).isEqualTo(204);
    assertThat(get("/api/v1/topics", editor).body()).doesNotContain(TOPIC);
    assertThat(get("/api/v1/plugins", editor).body()).contains("\"state\":\"DISABLED\"");
    assertThat(post("/api/v1/plugins/lifecycle-good/enable", editor).statusCode()).isEqualTo(204);
    assertThat(get("/api/v1/topics", null).body()).contains(TOPIC);

    assertThat(delete("/api/v1/plugins/lifecycle-good?deleteData=true", partner).statusCode())
        .isEqualTo(403);
    assertThat(delete("/api/v1/plugins/lifecycle-good?deleteData=true", editor).statusCode())
        .isEqualTo(204);
    assertThat(get("/api/v1/topics", editor).body()).doesNotContain(TOPIC);
    assertThat(get("/api/v1/plugins", editor).body()).doesNotContain("lifecycle-good");
    assertThat(Files.list(runtime.directory()).map(p -> p.getFileName().toString()))
        .noneMatch(f -> f.startsWith("lifecycle-good"));
    assertThat(delete("/api/v1/plugins/lifecycle-good", editor).statusCode()).isEqualTo(404);

    List<AuditEvent> trail =
        audit.find(new AuditLog.Filter("it-lc-", "plugin.", null, null, null), 50);
    assertThat(trail)
        .extracting(e -> e.actor() + " " + e.action() + " " + e.outcome())
        .contains(
            "it-lc-admin plugin.install OK",
            "it-lc-admin plugin.install REFUSED",
            "it-lc-editor plugin.publish OK",
            "it-lc-editor plugin.disable OK",
            "it-lc-editor plugin.enable OK",
            "it-lc-editor plugin.remove OK");
  }

  @Test
  void a_broken_jar_is_refused_with_every_reason_and_nothing_is_written() throws Exception {
    String admin = token("it-lc-admin", Set.of(Role.ADMIN), null);
    Path leaky =
        PluginJars.plugin("Lifecycle_Leaky")
            .set("Plugin-Requires", ">=9.0.0")
            .classes(OtherFixtureTopic.class, SharedApp.class)
            .extensions(OtherFixtureTopic.class)
            .writeTo(dir, "leaky.jar");
    List<String> before = Files.list(runtime.directory()).map(Path::toString).sorted().toList();

    HttpResponse<String> refused = upload(leaky, admin);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body())
        .contains("\"installed\":false")
        .contains("is not kebab-case")
        .contains("requires plugin API >=9.0.0")
        .contains("org.variatlas.app.SharedApp uses");
    assertThat(Files.list(runtime.directory()).map(Path::toString).sorted().toList())
        .isEqualTo(before);
    assertThat(get("/api/v1/plugins", admin).body()).doesNotContain("Lifecycle_Leaky");

    Path notAJar = PluginJars.corrupt(dir, "not-a-jar.jar");
    HttpResponse<String> corrupt = upload(notAJar, admin);
    assertThat(corrupt.statusCode()).isEqualTo(422);
    assertThat(corrupt.body()).contains("not a readable jar file");
  }

  @Test
  void loader_runs_over_http_say_who_started_them_and_deleting_a_runs_data_brings_back_the_demo()
      throws Exception {
    String admin = token("it-lc-admin", Set.of(Role.ADMIN), null);
    String editor = token("it-lc-editor", Set.of(Role.EDITOR), null);
    Path jar =
        PluginJars.plugin("lifecycle-counts")
            .classes(
                LifecycleTopic.class,
                LifecycleLoaders.class,
                LifecycleLoaders.Demo.class,
                LifecycleLoaders.Real.class)
            .extensions(
                LifecycleTopic.class, LifecycleLoaders.Demo.class, LifecycleLoaders.Real.class)
            .writeTo(dir, "lifecycle-counts.jar");
    assertThat(upload(jar, admin).statusCode()).isEqualTo(201);
    JsonNode installed =
        await(
            () -> json(get("/api/v1/plugins/lifecycle-counts/progress", admin).body()),
            p -> p.path("done").asInt() == p.path("total").asInt(),
            "install-time loaders");
    assertThat(installed.path("total").asInt()).isEqualTo(1);
    assertThat(installed.path("failures")).isEmpty();
    assertThat(runData.currentRuns(LifecycleTopic.ID)).containsKey(LifecycleTopic.MEASURE);
    long demoRun = runData.currentRuns(LifecycleTopic.ID).get(LifecycleTopic.MEASURE);

    String runs = "/api/v1/topics/" + LifecycleTopic.ID + "/loaders/real/runs";
    assertThat(multipart(runs, null, "note", "x").statusCode()).isEqualTo(401);
    HttpResponse<String> accepted = multipart(runs, editor, "note", "x");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    long id = json(accepted.body()).path("id").asLong();
    JsonNode run =
        await(
            () -> json(get("/api/v1/loads/" + id, editor).body()).path("run"),
            r -> r.path("status").asText().matches("APPLIED|FAILED"),
            "run " + id);
    assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("APPLIED");
    assertThat(run.path("startedBy").asText()).isEqualTo("it-lc-editor");
    assertThat(runData.currentRuns(LifecycleTopic.ID)).containsEntry(LifecycleTopic.MEASURE, id);

    assertThat(delete("/api/v1/loads/" + id + "/data", null).statusCode()).isEqualTo(401);
    assertThat(delete("/api/v1/loads/" + id + "/data", editor).statusCode()).isEqualTo(204);
    Long restored =
        await(
            () -> runData.currentRuns(LifecycleTopic.ID).get(LifecycleTopic.MEASURE),
            r -> r != null && r > id,
            "the demo counts back");
    assertThat(restored).isGreaterThan(demoRun);
    assertThat(runRepository.find(restored).orElseThrow().loaderId()).isEqualTo("demo");
    assertThat(delete("/api/v1/loads/" + id + "/data", editor).statusCode())
        .as("its data are gone already")
        .isEqualTo(409);

    assertThat(audit.find(new AuditLog.Filter("it-lc-editor", null, null, null, null), 50))
        .extracting(e -> e.action() + " " + e.outcome())
        .contains("load.run OK", "data.delete OK");
    assertThat(delete("/api/v1/plugins/lifecycle-counts?deleteData=true", editor).statusCode())
        .isEqualTo(204);
    assertThat(runData.countRows(LifecycleTopic.ID)).isZero();
  }

  @org.junit.jupiter.api.BeforeEach
  void client() {
    api = new LifecycleApi(port, accounts);
  }

  private static <T> T await(
      java.util.concurrent.Callable<T> read, java.util.function.Predicate<T> done, String what)
      throws Exception {
    return LifecycleApi.await(read, done, what);
  }

  private static JsonNode json(String body) throws Exception {
    return LifecycleApi.json(body);
  }

  private HttpResponse<String> multipart(String path, String bearer, String field, String value)
      throws Exception {
    return api.multipart(path, bearer, field, value);
  }

  private String token(String name, Set<Role> roles, String organisation) {
    return api.token(name, roles, organisation);
  }

  private HttpResponse<String> upload(Path jar, String bearer) throws Exception {
    return api.upload(jar, bearer);
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    return api.get(path, bearer);
  }

  private HttpResponse<String> post(String path, String bearer) throws Exception {
    return api.post(path, bearer);
  }

  private HttpResponse<String> delete(String path, String bearer) throws Exception {
    return api.delete(path, bearer);
  }
}
