package org.variatlas.app.plugins;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
  PluginRuntime pluginRuntime(VariatlasProperties properties, PluginInstallRepository installs) {
    return PluginRuntime.start(properties.pluginsDirectory(), installs.disabledIds());
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
