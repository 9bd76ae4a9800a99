package org.variatlas.app.plugins;

import java.util.List;

/**
 * What the platform found when it checked a plugin jar before installing it: the descriptor's
 * fields, the topics it would serve, and each check with its outcome.
 *
 * @param file the jar's name as uploaded
 * @param id the plugin id, or null when no descriptor could be read
 * @param version the plugin version, or null
 * @param provider who made it, or null
 * @param requires its {@code Plugin-Requires}, or null
 * @param apiVersion the plugin API version this platform provides
 * @param topicIds the topics it would serve (empty when it could not be started)
 * @param checks every check, in the order they ran
 */
public record PluginCheck(
    String file,
    String id,
    String version,
    String provider,
    String requires,
    String apiVersion,
    List<String> topicIds,
    List<Item> checks) {

  /** One check: a key ({@code plugins.check.<key>} in the bundles), passed, and what was found. */
  public record Item(String key, boolean passed, String detail) {}

  public PluginCheck {
    topicIds = List.copyOf(topicIds);
    checks = List.copyOf(checks);
  }

  /** Whether every check passed: the jar may be installed. */
  public boolean passed() {
    return checks.stream().allMatch(Item::passed);
  }

  /** Every reason the jar is refused ("key: detail"), empty when it passed. */
  public List<String> reasons() {
    return checks.stream().filter(c -> !c.passed()).map(c -> c.key() + ": " + c.detail()).toList();
  }
}
