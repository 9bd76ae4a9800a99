package org.variatlas.api;

/**
 * What the platform tells a plugin's {@code org.pf4j.Plugin} class when it creates it, instead of
 * PF4J's internal {@code PluginWrapper}. A plugin class may take it in its constructor:
 *
 * <pre>{@code
 * public class DaySurgeryPlugin extends Plugin {
 *   public DaySurgeryPlugin(TopicPluginContext context) { ... }
 * }
 * }</pre>
 *
 * @param pluginId the plugin's id from its descriptor
 * @param pluginVersion the plugin's version from its descriptor
 * @param apiVersion the plugin API version of the running platform ({@link PluginApi#VERSION})
 */
public record TopicPluginContext(String pluginId, String pluginVersion, String apiVersion) {}
