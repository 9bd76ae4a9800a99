package org.variatlas.app.plugins;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.variatlas.app.config.VariatlasProperties;
import org.variatlas.app.topics.TopicRegistry;

/** Starts the plugin runtime on the configured plugins directory, once per application. */
@Configuration(proxyBeanMethods = false)
class PluginConfiguration {

  @Bean(destroyMethod = "close")
  PluginRuntime pluginRuntime(VariatlasProperties properties) {
    return PluginRuntime.start(properties.pluginsDirectory());
  }

  @Bean
  TopicRegistry topicRegistry(PluginRuntime runtime) {
    return new TopicRegistry(runtime.topics());
  }
}
