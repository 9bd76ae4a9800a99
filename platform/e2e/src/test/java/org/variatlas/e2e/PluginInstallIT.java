package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.variatlas.app.VariatlasApplication;

/**
 * Installing is copying a jar, uninstalling is deleting it (issue 6): the app is started three
 * times on one database and one plugins directory, as an operator restarts it. Removing the
 * child-health jar removes its topic from the atlas with no error anywhere; putting the jar back
 * restores the topic. Nothing in the platform names a topic, so this holds for any plugin.
 */
@ExtendWith(OutputCaptureExtension.class)
class PluginInstallIT {

  private static final List<String> ALL =
      List.of("child-health", "day-surgery", "psychiatric-care");

  @TempDir Path plugins;
  @TempDir Path database;
  @TempDir Path removed;

  @Test
  void removing_a_jar_removes_its_topic_without_error_and_adding_it_back_restores_it(
      CapturedOutput output) throws Exception {
    List<Path> jars = distJars();
    assertThat(jars).as("plugin jars in %s", dist()).hasSize(3);
    for (Path jar : jars) {
      Files.copy(jar, plugins.resolve(jar.getFileName()));
    }
    Path childHealth =
        jars.stream()
            .map(j -> plugins.resolve(j.getFileName()))
            .filter(j -> j.getFileName().toString().contains("child-health"))
            .findFirst()
            .orElseThrow();

    try (Running app = start()) {
      assertThat(app.topicIds()).isEqualTo(ALL);
    }

    Files.move(childHealth, removed.resolve(childHealth.getFileName()));
    int before = output.length();
    try (Running app = start()) {
      assertThat(app.topicIds()).containsExactly("day-surgery", "psychiatric-care");
      assertThat(app.get("/api/v1/plugins"))
          .doesNotContain("child-health")
          .doesNotContain("FAILED")
          .doesNotContain("\"error\":\"");
      assertThat(app.status("/api/v1/topics/child-health/indicators")).isEqualTo(404);
      assertThat(app.status("/topic/day-surgery")).isEqualTo(200);
    }
    assertThat(output.toString().substring(before).lines().filter(l -> l.contains(" ERROR ")))
        .as("errors logged by the start without the child-health jar")
        .isEmpty();

    Files.move(removed.resolve(childHealth.getFileName()), childHealth);
    try (Running app = start()) {
      assertThat(app.topicIds()).isEqualTo(ALL);
      assertThat(app.get("/api/v1/topics/child-health/indicators")).contains("\"id\"");
    }
  }

  /** The app on the shared plugins directory and database, with no loads at start. */
  private Running start() {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(VariatlasApplication.class)
            .web(WebApplicationType.SERVLET)
            .run(
                "--server.port=0",
                "--variatlas.plugins-dir=" + plugins,
                "--variatlas.database.data-dir=" + database,
                "--variatlas.loads.on-start=false",
                "--spring.main.banner-mode=off");
    return new Running(context);
  }

  private record Running(ConfigurableApplicationContext context) implements AutoCloseable {

    List<String> topicIds() throws IOException, InterruptedException {
      // The served topics' ids, sorted, read without a JSON library.
      return java.util.regex.Pattern.compile("\\{\"id\":\"([a-z0-9-]+)\",\"title\"")
          .matcher(get("/api/v1/topics"))
          .results()
          .map(m -> m.group(1))
          .sorted()
          .toList();
    }

    String get(String path) throws IOException, InterruptedException {
      HttpResponse<String> response = send(path);
      assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
      return response.body();
    }

    int status(String path) throws IOException, InterruptedException {
      return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
      context.close();
    }
  }

  private static Path dist() {
    return Path.of(System.getProperty("variatlas.plugins-dist", "missing"));
  }

  private static List<Path> distJars() throws IOException {
    try (Stream<Path> files = Files.list(dist())) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }
}
