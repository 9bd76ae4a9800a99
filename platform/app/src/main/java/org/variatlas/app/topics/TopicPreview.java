package org.variatlas.app.topics;

import java.util.Optional;

/**
 * The staged versions of topics (a newer plugin version beside the public one) that the person of
 * the current request previews: the lifecycle feature decides who previews what; the registry and
 * the results only ask, so that every page and endpoint shows the staged figures to them alone.
 */
public interface TopicPreview {

  /** Nobody previews anything (plain Java uses of the registry, e.g. the test kit). */
  TopicPreview NONE =
      new TopicPreview() {
        @Override
        public Optional<StagedTopic> staged(String topicId) {
          return Optional.empty();
        }

        @Override
        public Optional<StagedTopic> previewed(String topicId) {
          return Optional.empty();
        }
      };

  /** The staged version of {@code topicId}, if the person of the current request may preview it. */
  Optional<StagedTopic> staged(String topicId);

  /** The staged version of {@code topicId} the current request previews (switched on), if any. */
  Optional<StagedTopic> previewed(String topicId);

  /**
   * A topic as a staged plugin version serves it.
   *
   * @param topic the staged version's topic (its definitions and texts)
   * @param pluginVersion the staged plugin version
   * @param publicVersion the plugin version the public sees meanwhile
   * @param resultsVersion the results version computed for it, or null when there are no data yet
   */
  record StagedTopic(
      InstalledTopic topic, String pluginVersion, String publicVersion, Long resultsVersion) {}
}
