package org.variatlas.plugin.psychiatriccare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.testkit.PluginHarness;
import org.variatlas.testkit.TopicContract;

/** Loads the jar this build produced through the platform's plugin runtime. */
class PsychiatricCareContractIT {

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
    InstalledTopic topic = TopicContract.verify(harness, "psychiatric-care", "psychiatric-care");
    assertThat(topic.title().nb()).isNotEqualTo(topic.title().en());
  }
}
