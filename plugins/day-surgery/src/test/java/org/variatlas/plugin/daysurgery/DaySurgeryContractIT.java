package org.variatlas.plugin.daysurgery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.variatlas.api.DataLoader;
import org.variatlas.api.testing.RecordingFactSheet;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.testkit.PluginHarness;
import org.variatlas.testkit.TopicContract;

/** Loads the jar this build produced through the platform's plugin runtime. */
class DaySurgeryContractIT {

  private static PluginHarness harness;

  @BeforeAll
  static void load() {
    harness = PluginHarness.load(PluginHarness.builtPluginJar());
  }

  @AfterAll
  static void close() {
    harness.close();
  }

  @Test
  void the_built_jar_starts_and_serves_its_topic_in_three_languages() {
    InstalledTopic topic = TopicContract.verify(harness, "day-surgery", "day-surgery");
    assertThat(topic.title().nb()).isNotEqualTo(topic.title().en());
  }

  @Test
  void the_jar_contributes_its_loaders_and_a_fact_sheet_that_composes_before_any_load() {
    InstalledTopic topic = harness.topic("day-surgery");
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
}
