package org.variatlas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.variatlas.app.VariatlasApplication;

/**
 * Issue 11's acceptance, as a partner trust does it: an atlas serves its SDK at {@code
 * /sdk/maven/}; in a directory outside this repository {@code mvn archetype:generate} makes a
 * plugin from the atlas' archetype, and {@code mvn verify} builds it against that repository only
 * (our artifacts are not in its local repository; every other artifact comes from the warm cache,
 * with Maven Central unreachable) and runs its unit and contract tests. The jar is then copied into
 * the atlas' plugins directory, the atlas started on it, and its topic is served with a computed
 * proportion that has values for the four referral areas of its one covered region, compared with
 * the region ("Helse Nord"), not with Norway.
 */
class PartnerSdkIT {

  private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(15);
  private static final Duration RESULTS_TIMEOUT = Duration.ofMinutes(10);
  private static final String PLUGIN = "hip-fracture";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void a_plugin_generated_outside_the_repository_builds_against_the_atlas_and_is_served()
      throws Exception {
    Path work = fresh(Path.of(System.getProperty("e2e.partner.dir", "target/partner")));
    Path plugins = Files.createDirectories(work.resolve("atlas-plugins"));
    Path database = work.resolve("atlas-pg");
    Path project;
    try (Running atlas = start(plugins, database)) {
      // The SDK as a partner's build sees it.
      assertThat(
              atlas.status(
                  "/sdk/maven/org/variatlas/variatlas-bom/"
                      + version()
                      + "/"
                      + "variatlas-bom-"
                      + version()
                      + ".pom"))
          .isEqualTo(200);
      // Not the build's local bookkeeping: where our build resolved from is not passed on.
      assertThat(
              atlas.status(
                  "/sdk/maven/org/variatlas/variatlas-plugin-api/"
                      + version()
                      + "/_remote.repositories"))
          .isEqualTo(404);
      Path repository = partnerRepository(work);
      Path generated = Files.createDirectories(work.resolve("projects"));
      maven(
          generated,
          settings(work.resolve("generate-settings.xml"), repository, atlas.url(), true),
          "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
          "-DinteractiveMode=false",
          "-DarchetypeGroupId=org.variatlas",
          "-DarchetypeArtifactId=variatlas-plugin-archetype",
          "-DarchetypeVersion=" + version(),
          "-DgroupId=no.example.hip",
          "-DartifactId=" + PLUGIN,
          "-Dversion=1.0.0",
          "-Dpackage=no.example.hip",
          "-DpluginId=" + PLUGIN,
          "-DclassPrefix=HipFracture",
          "-DatlasUrl=" + atlas.url());
      project = generated.resolve(PLUGIN);
      assertThat(project.resolve("pom.xml")).exists();
      maven(
          project,
          settings(work.resolve("build-settings.xml"), repository, atlas.url(), false),
          "verify");
      // Our artifacts came from the atlas, not from a reactor or a local install.
      assertThat(
              repository.resolve(
                  "org/variatlas/variatlas-plugin-api/" + version() + "/_remote.repositories"))
          .content()
          .contains(">variatlas=");
      assertThat(project.resolve("target/failsafe-reports")).isDirectoryContaining("glob:**.xml");
    }

    Path jar = project.resolve("target/" + PLUGIN + "-1.0.0.jar");
    Files.copy(jar, plugins.resolve(jar.getFileName()));
    try (Running atlas = start(plugins, database)) {
      JsonNode plugin = atlas.pluginStatus(PLUGIN);
      assertThat(plugin.path("state").asText()).as("plugin %s", plugin).isEqualTo("STARTED");
      // One row per covered area, then the reference row (code 8888), named by the coverage.
      JsonNode rows = atlas.awaitResults("within-48h", "hf", "2020-2024");
      List<Double> values = new ArrayList<>();
      String reference = null;
      for (JsonNode row : rows) {
        if (row.path("code").asText().equals("8888")) {
          reference = row.path("area").asText();
        } else {
          values.add(row.path("value").asDouble(Double.NaN));
        }
      }
      assertThat(reference).as("reference row of %s", rows).isEqualTo("Helse Nord");
      assertThat(values).as("areas of %s", rows).hasSize(4).allMatch(v -> v > 50 && v < 100);
      assertThat(atlas.get("/api/v1/topics")).contains(PLUGIN);
    }
  }

  /**
   * The local repository of the partner's build: the build's own warm cache, hard-linked (no copy
   * of the bytes), without our artifacts and without Maven's record of where each file came from,
   * so that the cache's files are usable through any mirror.
   */
  private static Path partnerRepository(Path work) throws IOException, InterruptedException {
    Path warm =
        Path.of(
            System.getProperty(
                "e2e.maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    Path repository = work.resolve("m2");
    run(work, List.of("cp", "-al", warm.toString(), repository.toString()), Duration.ofMinutes(5));
    delete(repository.resolve("org/variatlas"));
    try (Stream<Path> files = Files.walk(repository)) {
      for (Path f : files.filter(PartnerSdkIT::trackingFile).toList()) {
        Files.delete(f);
      }
    }
    return repository;
  }

  private static boolean trackingFile(Path f) {
    String name = f.getFileName().toString();
    return name.equals("_remote.repositories")
        || name.endsWith(".lastUpdated")
        || name.equals("resolver-status.properties");
  }

  /**
   * Settings naming the atlas' repository. Building, every other repository is mirrored to a
   * directory that does not exist: what the warm cache lacks fails the build, as offline would,
   * while the atlas is still asked. Generating may fetch the archetype plugin's own libraries.
   */
  private static Path settings(Path file, Path repository, String atlas, boolean online)
      throws IOException {
    String mirror =
        online
            ? ""
            : """
              <mirrors>
                <mirror>
                  <id>offline</id>
                  <mirrorOf>*,!variatlas</mirrorOf>
                  <url>file:///nonexistent/offline-from-the-warm-cache</url>
                </mirror>
              </mirrors>
            """;
    Files.writeString(
        file,
        """
        <settings>
          <localRepository>%s</localRepository>
          %s
          <profiles>
            <profile>
              <id>atlas</id>
              <repositories>
                <repository>
                  <id>variatlas</id>
                  <url>%s/sdk/maven/</url>
                  <snapshots><enabled>true</enabled><updatePolicy>always</updatePolicy></snapshots>
                </repository>
              </repositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>atlas</activeProfile></activeProfiles>
        </settings>
        """
            .formatted(repository, mirror, atlas));
    return file;
  }

  private static void maven(Path dir, Path settings, String... goals)
      throws IOException, InterruptedException {
    String home = System.getProperty("e2e.maven.home");
    String mvn = home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    List<String> command = new ArrayList<>(List.of(mvn, "-B", "-ntp", "-s", settings.toString()));
    command.addAll(List.of(goals));
    run(dir, command, MAVEN_TIMEOUT);
  }

  private static void run(Path dir, List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    Path log =
        Files.createTempFile(dir.getParent() == null ? dir : dir.getParent(), "run-", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("VARIATLAS_DATA_DIR", System.getProperty("variatlas.data-dir"));
    builder.environment().remove("MAVEN_OPTS");
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in " + timeout + "; log: " + log);
    }
    String output = Files.readString(log);
    assertThat(process.exitValue()).as("%s in %s:%n%s", command, dir, tail(output)).isZero();
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  private static String version() {
    return System.getProperty("variatlas.version");
  }

  private static Path fresh(Path dir) throws IOException {
    delete(dir);
    return Files.createDirectories(dir.toAbsolutePath());
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** The atlas on a plugins directory and database, serving the reactor's SDK repository. */
  private Running start(Path plugins, Path database) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(VariatlasApplication.class)
            .web(WebApplicationType.SERVLET)
            .run(
                "--server.port=0",
                "--variatlas.plugins-dir=" + plugins,
                "--variatlas.database.data-dir=" + database,
                "--variatlas.sdk.repository=" + System.getProperty("variatlas.sdk-repository"),
                "--spring.main.banner-mode=off");
    return new Running(context, http, json);
  }

  private record Running(ConfigurableApplicationContext context, HttpClient http, ObjectMapper json)
      implements AutoCloseable {

    String url() {
      return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    int status(String path) throws IOException, InterruptedException {
      return send(path).statusCode();
    }

    String get(String path) throws IOException, InterruptedException {
      HttpResponse<String> response = send(path);
      assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
      return response.body();
    }

    JsonNode pluginStatus(String id) throws IOException, InterruptedException {
      for (JsonNode p : json.readTree(get("/api/v1/plugins"))) {
        if (id.equals(p.path("id").asText())) {
          return p;
        }
      }
      throw new AssertionError("no plugin " + id + " in " + get("/api/v1/plugins"));
    }

    /** Waits for the start-up loads and the results pipeline to give the indicator values. */
    JsonNode awaitResults(String indicator, String level, String period)
        throws IOException, InterruptedException {
      String path =
          "/api/v1/results/"
              + PLUGIN
              + "/"
              + indicator
              + "?level="
              + level
              + "&period="
              + period
              + "&lang=nb";
      Instant deadline = Instant.now().plus(RESULTS_TIMEOUT);
      while (Instant.now().isBefore(deadline)) {
        HttpResponse<String> response = send(path);
        if (response.statusCode() == 200) {
          JsonNode rows = json.readTree(response.body());
          if (rows.size() > 0 && rows.get(0).path("value").isNumber()) {
            return rows;
          }
        }
        Thread.sleep(1000); // the loads and results run in the background: ask again
      }
      throw new AssertionError("no results at " + path + " within " + RESULTS_TIMEOUT);
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create(url() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
