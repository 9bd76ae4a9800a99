package org.variatlas.app.plugins;

import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * What the platform knows of one file in the plugins directory: the plugin's id and version when
 * its descriptor could be read, its state as PF4J names it ({@code STARTED}, {@code FAILED}, {@code
 * DISABLED}, ...), and the reason when it is not serving.
 *
 * @param id the plugin id, or the jar's file name when no descriptor could be read
 * @param version the plugin version, or null
 * @param provider who made it, or null
 * @param requires the plugin API range it requires, or null
 * @param file the jar's file name
 * @param state PF4J's state name
 * @param error why the plugin is not serving, or null
 */
public record PluginStatus(
    String id,
    String version,
    String provider,
    String requires,
    String file,
    String state,
    String error) {

  /** The status of a plugin PF4J has read, in {@code state} ({@link PluginState} names). */
  static PluginStatus of(PluginWrapper wrapper, String file, String state, String error) {
    return new PluginStatus(
        wrapper.getPluginId(),
        wrapper.getDescriptor().getVersion(),
        PluginFailures.emptyToNull(wrapper.getDescriptor().getProvider()),
        PluginFailures.emptyToNull(wrapper.getDescriptor().getRequires()),
        file,
        state,
        error);
  }

  public boolean isStarted() {
    return "STARTED".equals(state) && error == null;
  }

  /** An error message without the server's plugins directory (public pages show no paths). */
  public static String withoutPaths(String error, PluginRuntime runtime) {
    String dir = runtime.directory().toString();
    return error.replace(dir + java.io.File.separator, "").replace(dir, "");
  }
}
