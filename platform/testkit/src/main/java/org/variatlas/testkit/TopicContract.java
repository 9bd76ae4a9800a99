package org.variatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.app.plugins.PluginStatus;
import org.variatlas.app.topics.InstalledTopic;

/**
 * The checks every topic plugin must pass, whatever its content: it starts, serves its topic,
 * says everything in nb, nn and en, and its indicators are complete.
 */
public final class TopicContract {

  private TopicContract() {}

  /** Asserts the contract for the plugin's jar and topic. */
  public static InstalledTopic verify(PluginHarness harness, String pluginId, String topicId) {
    PluginStatus status = harness.status(pluginId);
    assertThat(status.state()).as("state of %s (error: %s)", pluginId, status.error())
        .isEqualTo("STARTED");
    assertThat(status.error()).isNull();
    assertThat(status.version()).isNotBlank();
    assertThat(status.provider()).as("Plugin-Provider").isNotBlank();
    assertThat(status.requires()).as("Plugin-Requires").isNotBlank();

    InstalledTopic topic = harness.topic(topicId);
    assertThat(topic.pluginId()).isEqualTo(pluginId);
    inAllLanguages(topic.title(), "topic title");
    inAllLanguages(topic.description(), "topic description");
    assertThat(topic.chapters()).as("chapters").isNotEmpty();
    topic.chapters().forEach(c -> inAllLanguages(c.title(), "chapter " + c.id()));
    for (IndicatorDefinition indicator : topic.indicators()) {
      inAllLanguages(indicator.title(), "title of indicator " + indicator.id());
      inAllLanguages(indicator.unit(), "unit of indicator " + indicator.id());
    }
    return topic;
  }

  private static void inAllLanguages(LocalizedText text, String what) {
    assertThat(text).as(what).isNotNull();
    for (String language : new String[] {"nb", "nn", "en"}) {
      assertThat(text.has(Locale.forLanguageTag(language)))
          .as("%s in %s", what, language)
          .isTrue();
    }
  }
}
