package org.variatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.variatlas.app.results.ProtectionOutcome;
import org.variatlas.app.results.ResultsCalculator;
import org.variatlas.app.topics.TopicRegistry;
import org.variatlas.testkit.fixture.DisclosureFactSheet;
import org.variatlas.testkit.fixture.DisclosureLoader;
import org.variatlas.testkit.fixture.DisclosureTopic;

/**
 * The attacker against a topic of small counts ({@link DisclosureLoader}: kommuner and Oslo
 * bydeler, three years and their period, two category parts, levels kommune, hf, rhf and fylke):
 * with secondary suppression, nothing it reads through the public API narrows a suppressed count
 * below the protection width; with secondary suppression switched off, it recovers counts.
 */
class DisclosureAttackIT {

  private static PlatformHarness protectedPlatform;
  private static PlatformHarness openPlatform;
  private static Path jar;

  @BeforeAll
  static void start() throws IOException {
    jar = fixtureJar(Files.createTempDirectory("variatlas-disclosure-plugin-"));
    protectedPlatform = PlatformHarness.start(jar);
    TopicContract.loadOnInstall(protectedPlatform, DisclosureTopic.ID);
    openPlatform =
        PlatformHarness.start(List.of("--variatlas.disclosure.secondary-suppression=false"), jar);
    TopicContract.loadOnInstall(openPlatform, DisclosureTopic.ID);
  }

  @AfterAll
  static void stop() throws IOException {
    for (PlatformHarness p : new PlatformHarness[] {protectedPlatform, openPlatform}) {
      if (p != null) {
        p.close();
      }
    }
    Files.deleteIfExists(jar);
  }

  @Test
  void no_suppressed_count_can_be_narrowed_below_the_protection_width() {
    DisclosureAttack.Report report = DisclosureAttack.attack(protectedPlatform, DisclosureTopic.ID);
    ProtectionOutcome outcome = outcome(protectedPlatform);
    System.out.printf(
        "Disclosure fixture, secondary suppression on: primary %s, secondary %s, %d LPs;"
            + " attacker: %s%n",
        outcome.primary(), outcome.secondary(), outcome.programmes(), report);
    assertThat(outcome.primary()).containsKeys("kommune", "hf", "fylke");
    assertThat(outcome.secondary()).isNotEmpty();
    assertThat(outcome.unprotected()).isZero();
    // The attacker sees hidden rows, not the parts hidden with them: fewer cells than hidden.
    assertThat(report.suppressed()).isPositive().isLessThanOrEqualTo(outcome.hidden().size());
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void without_secondary_suppression_the_attacker_recovers_suppressed_counts() {
    DisclosureAttack.Report report = DisclosureAttack.attack(openPlatform, DisclosureTopic.ID);
    ProtectionOutcome outcome = outcome(openPlatform);
    System.out.printf(
        "Disclosure fixture, secondary suppression off: primary %s, secondary %s; attacker: %s%n",
        outcome.primary(), outcome.secondary(), report);
    assertThat(report.findings()).isNotEmpty();
    assertThat(report.findings()).anyMatch(f -> f.contains("[") && exact(f));
  }

  @Test
  void suppressed_rows_carry_no_figure_in_the_api_and_no_line_in_the_fact_sheet() throws Exception {
    JsonNode rows =
        get(
            protectedPlatform,
            "/api/v1/results/"
                + DisclosureTopic.ID
                + "/"
                + DisclosureTopic.INDICATOR
                + "?level=kommune&period=2022-2024&lang=en");
    int suppressed = 0;
    String pdf = factSheet(protectedPlatform);
    java.util.Set<String> published = new java.util.HashSet<>();
    rows.forEach(
        r -> {
          if (!r.get("suppressed").asBoolean()) {
            published.add(r.get("area").asText());
          }
        });
    for (JsonNode row : rows) {
      if (!row.get("suppressed").asBoolean()) {
        continue;
      }
      suppressed++;
      for (String field :
          List.of(
              "events",
              "population",
              "crude",
              "value",
              "lower95",
              "upper95",
              "lower998",
              "upper998",
              "significance")) {
        assertThat(row.get(field).isNull()).as("%s of %s", field, row.get("area")).isTrue();
      }
      assertThat(row.get("categories").size()).isZero();
      if (!published.contains(row.get("area").asText())) { // two kommuner are called Herøy
        assertThat(pdf).as("fact sheet").doesNotContain(row.get("area").asText());
      }
    }
    assertThat(suppressed).isPositive();
  }

  /** A finding whose interval is a single point: the count is recovered exactly. */
  private static boolean exact(String finding) {
    String interval = finding.substring(finding.indexOf('[') + 1, finding.indexOf(']'));
    String[] bounds = interval.split(", ");
    return Math.abs(Double.parseDouble(bounds[0]) - Double.parseDouble(bounds[1])) < 1e-6;
  }

  private static ProtectionOutcome outcome(PlatformHarness platform) {
    // The topic as the platform serves it: its threshold raised to the platform's minimum.
    var topic = platform.bean(TopicRegistry.class).topic(DisclosureTopic.ID).orElseThrow();
    return platform
        .bean(ResultsCalculator.class)
        .compute(topic, topic.indicator(DisclosureTopic.INDICATOR).orElseThrow())
        .protection();
  }

  private static String factSheet(PlatformHarness platform) throws Exception {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + platform.port()
                                + "/api/v1/topics/"
                                + DisclosureTopic.ID
                                + "/factsheet.pdf?lang=en"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(r.body())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static JsonNode get(PlatformHarness platform, String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  /** The fixture as a real PF4J plugin jar: descriptor, classes, extension index. */
  private static Path fixtureJar(Path dir) {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(new Attributes.Name("Plugin-Id"), DisclosureTopic.ID);
    mf.getMainAttributes().put(new Attributes.Name("Plugin-Version"), "1.0.0");
    mf.getMainAttributes().put(new Attributes.Name("Plugin-Provider"), "Tests");
    List<Class<?>> classes =
        List.of(DisclosureTopic.class, DisclosureLoader.class, DisclosureFactSheet.class);
    Path file = dir.resolve(DisclosureTopic.ID + ".jar");
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out, mf)) {
      for (Class<?> c : classes) {
        String entry = c.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(entry));
        try (var in = c.getClassLoader().getResourceAsStream(entry)) {
          in.transferTo(jar);
        }
        jar.closeEntry();
      }
      jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      StringBuilder index = new StringBuilder();
      classes.forEach(c -> index.append(c.getName()).append('\n'));
      jar.write(index.toString().getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
