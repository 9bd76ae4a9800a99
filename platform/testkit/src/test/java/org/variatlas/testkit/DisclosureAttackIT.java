package org.variatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.app.disclosure.DisclosureControl;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.results.ProtectionOutcome;
import org.variatlas.app.results.TopicRecomputation;
import org.variatlas.testkit.fixture.DisclosureFixture;
import org.variatlas.testkit.fixture.DisclosureLoader;
import org.variatlas.testkit.fixture.DisclosureTopic;

/**
 * The attacker against a topic of small counts ({@link DisclosureLoader}: kommuner and Oslo
 * bydeler, three years and their period, two category parts, levels kommune, hf, rhf and fylke):
 * with secondary suppression, nothing it reads through the public API narrows a suppressed count
 * below the protection width; with secondary suppression switched off (on the same platform, then
 * recomputed), it recovers counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisclosureAttackIT {

  @TempDir static Path jars;

  private static PlatformHarness platform;
  private static TopicRecomputation.Outcome computed;

  @BeforeAll
  static void start() {
    platform = PlatformHarness.start(DisclosureFixture.pluginJar(jars));
    assertThat(platform.loadPopulation().status()).isEqualTo(LoadRunRecord.APPLIED);
    assertThat(platform.runLoadersOnInstall(DisclosureTopic.ID))
        .allMatch(run -> run.status().equals(LoadRunRecord.APPLIED));
    computed = platform.computeResults(DisclosureTopic.ID);
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  @Order(1)
  void no_suppressed_count_can_be_narrowed_below_the_protection_width() {
    DisclosureAttack.Report report = DisclosureAttack.attack(platform, DisclosureTopic.ID);
    ProtectionOutcome outcome = computed.protection().get(DisclosureTopic.INDICATOR);
    System.out.printf(
        "Disclosure fixture, secondary suppression on: primary %s, secondary %s, %d LPs;"
            + " attacker: %s%n",
        outcome.primary(), outcome.secondary(), outcome.programmes(), report);
    assertThat(outcome.primary()).containsKeys("kommune", "hf", "fylke");
    assertThat(outcome.secondary()).isNotEmpty();
    assertThat(outcome.unprotected()).isEmpty();
    // The attacker sees hidden rows, not the parts hidden with them: fewer cells than hidden.
    assertThat(report.suppressed()).isPositive().isLessThanOrEqualTo(outcome.hidden().size());
    assertThat(report.findings()).isEmpty();
  }

  @Test
  @Order(2)
  void suppressed_rows_carry_no_figure_in_the_api_and_no_line_in_the_fact_sheet() throws Exception {
    JsonNode rows =
        get(
            "/api/v1/results/"
                + DisclosureTopic.ID
                + "/"
                + DisclosureTopic.INDICATOR
                + "?level=kommune&period=2022-2024&lang=en");
    String pdf = factSheet();
    Set<String> published = new HashSet<>();
    rows.forEach(
        r -> {
          if (!r.get("suppressed").asBoolean()) {
            published.add(r.get("area").asText());
          }
        });
    int suppressed = 0;
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

  @Test
  @Order(3)
  void without_secondary_suppression_the_attacker_recovers_suppressed_counts() {
    DisclosureControl control = platform.bean(DisclosureControl.class);
    control.secondarySuppression(false);
    try {
      ProtectionOutcome outcome =
          platform.computeResults(DisclosureTopic.ID).protection().get(DisclosureTopic.INDICATOR);
      DisclosureAttack.Report report = DisclosureAttack.attack(platform, DisclosureTopic.ID);
      System.out.printf(
          "Disclosure fixture, secondary suppression off: primary %s, secondary %s; attacker:"
              + " %s%n",
          outcome.primary(), outcome.secondary(), report);
      assertThat(report.findings()).isNotEmpty();
      assertThat(report.findings()).anyMatch(DisclosureAttackIT::exact);
    } finally {
      control.secondarySuppression(true); // the last test: no need to recompute
    }
  }

  /** A finding whose interval is a single point: the count is recovered exactly. */
  private static boolean exact(String finding) {
    String interval = finding.substring(finding.indexOf('[') + 1, finding.indexOf(']'));
    String[] bounds = interval.split(", ");
    return Math.abs(Double.parseDouble(bounds[0]) - Double.parseDouble(bounds[1])) < 1e-6;
  }

  private static String factSheet() throws Exception {
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

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }
}
