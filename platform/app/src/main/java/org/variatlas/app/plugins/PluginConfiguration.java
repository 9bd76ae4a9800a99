package org.variatlas.app.plugins;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.variatlas.app.areas.CoveredAreas;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.config.VariatlasProperties;
import org.variatlas.app.disclosure.DisclosureProperties;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.app.topics.TopicAudience;
import org.variatlas.app.topics.TopicRegistry;

/**
 * Starts the plugin runtime on the configured plugins directory, once per application (without the
 * plugins editors disabled), and keeps the topic registry in step with it.
 */
@Configuration(proxyBeanMethods = false)
class PluginConfiguration {

  @Bean(destroyMethod = "close")
  PluginRuntime pluginRuntime(
      VariatlasProperties properties, PluginInstallRepository installs, GeographyPack pack) {
    PluginRuntime runtime =
        PluginRuntime.start(properties.pluginsDirectory(), installs.disabledIds());
    runtime.checkTopics(topic -> unknownCoverage(topic, pack));
    return runtime;
  }

  /**
   * Why a topic's coverage does not resolve on the geography (an unknown area or level), or null.
   */
  static String unknownCoverage(InstalledTopic topic, GeographyPack pack) {
    try {
      CoveredAreas.of(topic.coverage(), pack);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The started topics, their indicators held to the platform's disclosure rules. */
  @Bean
  TopicRegistry topicRegistry(
      PluginRuntime runtime,
      PluginInstallRepository installs,
      TopicAudience audience,
      DisclosureProperties disclosure) {
    installs.recordPlacedByOperator(
        runtime.plugins().stream().filter(PluginStatus::isStarted).toList());
    TopicRegistry registry =
        new TopicRegistry(enforced(runtime.topics(), disclosure), installs.draftIds(), audience);
    runtime.onChange(topics -> registry.replace(enforced(topics, disclosure)));
    return registry;
  }

  private static List<InstalledTopic> enforced(
      List<InstalledTopic> topics, DisclosureProperties disclosure) {
    return topics.stream()
        .map(t -> t.withIndicators(disclosure.enforce(t.id(), t.indicators())))
        .toList();
  }
}
