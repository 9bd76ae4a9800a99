package org.variatlas.app.plugins;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.variatlas.app.config.VariatlasProperties;
import org.variatlas.app.disclosure.DisclosureProperties;
import org.variatlas.app.topics.TopicRegistry;

/** Starts the plugin runtime on the configured plugins directory, once per application. */
@Configuration(proxyBeanMethods = false)
class PluginConfiguration {

  @Bean(destroyMethod = "close")
  PluginRuntime pluginRuntime(VariatlasProperties properties) {
    return PluginRuntime.start(properties.pluginsDirectory());
  }

  /** The started topics, their indicators held to the platform's disclosure rules. */
  @Bean
  TopicRegistry topicRegistry(PluginRuntime runtime, DisclosureProperties disclosure) {
    return new TopicRegistry(
        runtime.topics().stream()
            .map(t -> t.withIndicators(disclosure.enforce(t.id(), t.indicators())))
            .toList());
  }
}
