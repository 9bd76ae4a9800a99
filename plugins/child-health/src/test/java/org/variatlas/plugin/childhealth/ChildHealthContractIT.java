package org.variatlas.plugin.childhealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.variatlas.api.DataLoader;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.sdk.helseatlas.SyntheticMirror;
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
class ChildHealthContractIT {

  private static final String ID = ChildHealthTopic.ID;

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
  void synthetic_period_totals_per_referral_area_equal_the_published_ones() {
    // barn2025 publishes yearly averages over 2022-2024 (antsnitt): the synthetic total of the
    // period equals the published average times three, rounded.
    int compared = 0;
    for (SyntheticMirror synthetic : ChildHealthTopic.SYNTHETIC) {
      compared +=
          TopicContract.verifySyntheticEvents(
              platform,
              ID,
              synthetic.indicatorId(),
              synthetic.publishedId(),
              ChildHealthCatalogue.PERIOD);
    }
    // three indicators x 19 referral areas
    assertThat(compared).isEqualTo(3 * 19);
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
