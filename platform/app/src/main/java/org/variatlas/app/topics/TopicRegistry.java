package org.variatlas.app.topics;

import java.util.List;
import java.util.Optional;

/**
 * The topics the platform serves, as the started plugins describe them (created by the plugin
 * runtime's configuration; this package does not know how plugins are loaded).
 */
public class TopicRegistry {

  private final List<InstalledTopic> topics;

  public TopicRegistry(List<InstalledTopic> topics) {
    this.topics = List.copyOf(topics);
  }

  /** Served topics in display order. */
  public List<InstalledTopic> topics() {
    return topics;
  }

  public Optional<InstalledTopic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
