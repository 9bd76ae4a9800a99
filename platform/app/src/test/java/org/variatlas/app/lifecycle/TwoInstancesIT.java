package org.variatlas.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.variatlas.app.VariatlasApplication;
import org.variatlas.app.plugins.PluginJars;
import org.variatlas.app.plugins.fixture.OtherFixtureTopic;
import org.variatlas.app.security.Role;
import org.variatlas.app.security.UserAccounts;

/**
 * Issue 10, scale-out: two app instances on one external PostgreSQL (started by the test), each
 * with its own plugins directory. A plugin installed through A is started by B (its jar comes from
 * the database); publishing through A makes it public on B; removing it through A removes it from B
 * and from B's directory.
 */
class TwoInstancesIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOPIC = "other-fixture";

  @TempDir Path work;

  @Test
  void a_plugin_installed_through_one_instance_is_served_by_the_other() throws Exception {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(Files.createDirectories(work.resolve("pg")))
            .setCleanDataDirectory(true)
            .start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      try (ConfigurableApplicationContext a = start(url, "a");
          ConfigurableApplicationContext b = start(url, "b")) {
        UserAccounts accounts = a.getBean(UserAccounts.class);
        var admin =
            accounts.create("two-admin", "two-admin", "two-password-x", Set.of(Role.ADMIN), null);
        String token = accounts.issueToken(admin.id(), "it", Duration.ofHours(1)).secret();
        Path jar =
            PluginJars.plugin("two-instances")
                .classes(OtherFixtureTopic.class)
                .extensions(OtherFixtureTopic.class)
                .writeTo(Files.createDirectories(work.resolve("jars")), "two-instances.jar");

        HttpResponse<String> installed = upload(port(a), jar, token);
        assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
        await(() -> get(port(b), "/api/v1/topics", token), body -> body.contains(TOPIC));
        assertThat(get(port(b), "/api/v1/topics", null))
            .as("a draft on B too")
            .doesNotContain(TOPIC);
        assertThat(jars(work.resolve("plugins-b"))).anyMatch(f -> f.startsWith("two-instances"));

        assertThat(send(port(a), "/api/v1/plugins/two-instances/publish", "POST", token))
            .isEqualTo(204);
        await(() -> get(port(b), "/api/v1/topics", null), body -> body.contains(TOPIC));

        assertThat(send(port(a), "/api/v1/plugins/two-instances?deleteData=true", "DELETE", token))
            .isEqualTo(204);
        await(() -> get(port(b), "/api/v1/topics", token), body -> !body.contains(TOPIC));
        assertThat(jars(work.resolve("plugins-b"))).noneMatch(f -> f.startsWith("two-instances"));
      }
    }
  }

  private ConfigurableApplicationContext start(String url, String name) throws Exception {
    return new SpringApplicationBuilder(VariatlasApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--variatlas.plugins-dir=" + Files.createDirectories(work.resolve("plugins-" + name)),
            "--variatlas.uploads.dir=" + Files.createDirectories(work.resolve("uploads-" + name)),
            "--variatlas.loads.on-start=false",
            "--variatlas.plugins.sync-interval=500ms",
            "--spring.main.banner-mode=off");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static Stream<String> jars(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList().stream();
    }
  }

  private static void await(java.util.concurrent.Callable<String> read, Predicate<String> done)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    String value = read.call();
    while (!done.test(value)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("instance B did not follow; last answer: " + value);
      }
      Thread.sleep(200);
      value = read.call();
    }
  }

  private static String get(int port, String path, String token) throws Exception {
    return HTTP.send(request(port, path, token).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static int send(int port, String path, String method, String token) throws Exception {
    return HTTP.send(
            request(port, path, token).method(method, HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private static HttpResponse<String> upload(int port, Path jar, String token) throws Exception {
    String boundary = "----variatlas-two-" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + jar.getFileName()
                + "\"\r\nContent-Type: application/java-archive\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return HTTP.send(
        request(port, "/api/v1/plugins", token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofByteArray(head),
                    HttpRequest.BodyPublishers.ofFile(jar),
                    HttpRequest.BodyPublishers.ofByteArray(tail)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(int port, String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }
}
