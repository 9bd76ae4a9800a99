package org.variatlas.plugin.daysurgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.variatlas.api.DataLoader;
import org.variatlas.api.model.Period;
import org.variatlas.app.loads.CountSources;
import org.variatlas.app.loads.LoadRunRecord;
import org.variatlas.app.results.TopicRecomputation;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.sdk.testing.RecordingFactSheet;
import org.variatlas.testkit.DisclosureAttack;
import org.variatlas.testkit.PlatformHarness;
import org.variatlas.testkit.PluginHarness;
import org.variatlas.testkit.TopicContract;

/**
 * Loads the jar this build produced into the whole platform (embedded PostgreSQL), runs its loaders
 * on the shared data as the platform does after installing it, and checks what the atlas then
 * shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaySurgeryContractIT {

  private static final String ID = DaySurgeryTopic.ID;

  private static PlatformHarness platform;

  @BeforeAll
  static void startAndLoad() {
    platform = PlatformHarness.start(PluginHarness.builtPluginJar());
    TopicContract.loadOnInstall(platform, ID);
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void the_built_jar_starts_and_serves_its_topic_in_three_languages() {
    InstalledTopic topic = TopicContract.verify(platform, ID, ID);
    assertThat(topic.title().nb()).isNotEqualTo(topic.title().en());
  }

  @Test
  void the_jar_uses_only_the_plugin_api_pf4j_and_the_jdk() {
    TopicContract.verifyImports(PluginHarness.builtPluginJar());
  }

  @Test
  void the_jar_contributes_its_loaders_and_a_fact_sheet_that_composes_before_any_load() {
    InstalledTopic topic = platform.topic(ID);
    assertThat(topic.loaders())
        .extracting(DataLoader::id)
        .containsExactlyInAnyOrder("published-results", "synthetic-counts", "count-file");
    assertThat(topic.loaders())
        .allMatch(loader -> loader.loadOnInstall() != loader.id().equals("count-file"));
    RecordingFactSheet sheet = new RecordingFactSheet();
    topic.factSheet().orElseThrow().compose(RecordingFactSheet.noResults(Locale.ENGLISH), sheet);
    assertThat(sheet.kinds())
        .startsWith("title", "text", "heading")
        .contains("notice", "selection");
  }

  @Test
  void every_indicator_shows_a_value_for_every_area_on_every_level_and_period() {
    // The contract allows an area without a value only for a stated reason (small numbers, too
    // few events for a DSR); on the shared data this atlas has none at all.
    assertThat(TopicContract.verifyValuesOnEveryLevelAndPeriod(platform, ID)).isEmpty();
  }

  @Test
  void synthetic_events_per_referral_area_and_year_equal_the_published_ones() {
    int compared = 0;
    for (DaySurgeryProcedure procedure : DaySurgeryProcedure.values()) {
      if (!procedure.hasSyntheticCounts()) {
        continue;
      }
      for (int year = DaySurgeryTopic.FIRST_YEAR; year <= DaySurgeryTopic.LAST_YEAR; year++) {
        compared +=
            TopicContract.verifySyntheticEvents(
                platform, ID, procedure.syntheticId(), procedure.id(), Period.year(year));
      }
    }
    // four procedures x 21 referral areas x 2013-2017
    assertThat(compared).isEqualTo(4 * 21 * 5);
  }

  /** Changes the loaded data: runs after every other test of the class. */
  @Test
  @Order(Integer.MAX_VALUE)
  void registry_extracts_supersede_the_synthetic_counts_of_their_measures_only(@TempDir Path dir)
      throws Exception {
    DaySurgeryProcedure shoulder = DaySurgeryProcedure.SHOULDER;
    DaySurgeryProcedure tonsils = DaySurgeryProcedure.TONSILS;
    long tonsilsBefore = platform.sum(ID, tonsils.measureId());
    assertThat(platform.sum(ID, shoulder.measureId())).isPositive();
    assertThat(synthetic(shoulder)).isTrue();

    // An editor's extract of shoulder operations (here: a small one) through the count-file loader.
    Path extract = dir.resolve("shoulder-extract.csv");
    Files.writeString(
        extract,
        String.join(
            "\n",
            "base_unit,year,sex,age,events",
            "1804,2017,female,55,12",
            "1804,2017,male,61,9",
            "5501,2016,female,48,7",
            "3201,2017,male,52,15",
            ""));
    LoadRunRecord run =
        platform.run(
            ID, "count-file", Map.of("file", extract.toString(), "measure", shoulder.measureId()));
    assertThat(run.status())
        .as("%s %s", run.message(), platform.problems(run))
        .isEqualTo("APPLIED");
    assertThat(run.message())
        .contains(
            "synthetic rows of measure '" + shoulder.measureId() + "' (loader 'synthetic-counts')");
    assertThat(platform.sum(ID, shoulder.measureId())).isEqualTo(12 + 9 + 7 + 15);
    assertThat(platform.sum(ID, tonsils.measureId())).isEqualTo(tonsilsBefore);
    assertThat(synthetic(shoulder)).as("shoulder rests on the extract").isFalse();
    assertThat(synthetic(tonsils)).as("tonsils still rest on synthetic counts").isTrue();

    // A later run of the synthetic loader (e.g. after a plugin update) keeps the real counts.
    LoadRunRecord again = platform.run(ID, "synthetic-counts");
    assertThat(again.status())
        .as("%s %s", again.message(), platform.problems(again))
        .isEqualTo("APPLIED");
    assertThat(again.message())
        .contains(
            "kept the real counts of measure '" + shoulder.measureId() + "' (loader 'count-file')");
    assertThat(platform.sum(ID, shoulder.measureId())).isEqualTo(12 + 9 + 7 + 15);
    assertThat(platform.sum(ID, tonsils.measureId())).isEqualTo(tonsilsBefore);

    // An extract of another measure adds to the first: a run of a loader with parameters
    // replaces only the measures it delivers.
    Path second = dir.resolve("tonsils-extract.csv");
    Files.writeString(second, "base_unit,year,sex,age,events\n1804,2017,male,6,4\n");
    LoadRunRecord tonsilRun =
        platform.run(
            ID, "count-file", Map.of("file", second.toString(), "measure", tonsils.measureId()));
    assertThat(tonsilRun.status()).as("%s", platform.problems(tonsilRun)).isEqualTo("APPLIED");
    assertThat(platform.sum(ID, tonsils.measureId())).isEqualTo(4);
    assertThat(platform.sum(ID, shoulder.measureId())).isEqualTo(12 + 9 + 7 + 15);
    assertThat(synthetic(tonsils)).isFalse();
    assertThat(synthetic(DaySurgeryProcedure.CATARACT)).isTrue();

    // The results say so too: the definition they carry is no longer marked synthetic.
    TopicRecomputation.Outcome computed = platform.computeResults(ID);
    Period year = Period.year(2017);
    assertThat(platform.results(ID, shoulder.syntheticId(), "hf", year).indicator().synthetic())
        .isFalse();
    assertThat(platform.results(ID, tonsils.syntheticId(), "hf", year).indicator().synthetic())
        .isFalse();
    DaySurgeryProcedure cataract = DaySurgeryProcedure.CATARACT;
    assertThat(platform.results(ID, cataract.syntheticId(), "hf", year).indicator().synthetic())
        .isTrue();

    // The small extracts leave referral areas below the threshold (30): they are hidden, and
    // with them enough others that the attacker narrows none of them, but for cells the platform
    // itself reports it cannot protect (a national total below the protection width pins them).
    DisclosureAttack.Report report = DisclosureAttack.attack(platform, ID);
    System.out.println(ID + " disclosure attack after the small extracts: " + report);
    List<String> unprotected = new ArrayList<>();
    computed
        .protection()
        .forEach(
            (indicator, outcome) ->
                outcome.unprotected().stream()
                    .map(
                        c ->
                            String.join(
                                        " ",
                                        indicator,
                                        c.level(),
                                        c.area(),
                                        c.period().toString(),
                                        c.category())
                                    .strip()
                                + " in ")
                    .forEach(unprotected::add));
    assertThat(report.suppressed()).isPositive();
    assertThat(report.findings())
        .allMatch(f -> unprotected.stream().anyMatch(f::startsWith), "reported unprotected");
  }

  private static boolean synthetic(DaySurgeryProcedure procedure) {
    InstalledTopic topic = platform.topic(ID);
    return platform
        .bean(CountSources.class)
        .synthetic(topic, topic.indicator(procedure.syntheticId()).orElseThrow());
  }

  @Test
  void no_suppressed_count_can_be_recovered_from_what_the_topic_publishes() {
    // The attacker reads every computed indicator through the public API and bounds each
    // suppressed count by linear programming.
    DisclosureAttack.Report report = DisclosureAttack.attack(platform, ID);
    System.out.println(ID + " disclosure attack: " + report);
    assertThat(report.findings()).isEmpty();
  }
}
