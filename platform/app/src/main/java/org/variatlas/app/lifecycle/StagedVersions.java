package org.variatlas.app.lifecycle;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.variatlas.app.plugins.PluginRuntime;
import org.variatlas.app.security.Actors;
import org.variatlas.app.security.Ownership;
import org.variatlas.app.shell.PreviewSwitch;
import org.variatlas.app.topics.TopicPreview;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The staged plugin versions this instance holds (each started in a runtime of its own beside the
 * public version), and who previews them: editors and the owning partner, when the page or request
 * asks for the staged version ({@link PreviewSwitch}); everyone else always sees the public one.
 */
@Component
class StagedVersions implements TopicPreview {

  /**
   * One staged plugin version.
   *
   * @param runtime the runtime it runs in, apart from the public plugins
   * @param topics its topics with their held results, by topic id
   */
  record Staged(
      String pluginId,
      String version,
      String fileName,
      PluginRuntime runtime,
      Map<String, StagedTopic> topics) {}

  private final Ownership ownership;
  private final Map<String, Staged> byPlugin = new ConcurrentHashMap<>();

  StagedVersions(TopicRegistry registry, Ownership ownership) {
    this.ownership = ownership;
    registry.setPreview(this);
  }

  Optional<Staged> get(String pluginId) {
    return Optional.ofNullable(byPlugin.get(pluginId));
  }

  void put(Staged staged) {
    Staged before = byPlugin.put(staged.pluginId(), staged);
    if (before != null && before.runtime() != staged.runtime()) {
      before.runtime().close();
    }
  }

  /** Forgets a staged version and stops its runtime. */
  Optional<Staged> remove(String pluginId) {
    Staged staged = byPlugin.remove(pluginId);
    if (staged != null) {
      staged.runtime().close();
    }
    return Optional.ofNullable(staged);
  }

  @Override
  public Optional<StagedTopic> staged(String topicId) {
    for (Staged s : byPlugin.values()) {
      StagedTopic topic = s.topics().get(topicId);
      if (topic != null) {
        return ownership.mayActOnPlugin(Actors.current(), s.pluginId())
            ? Optional.of(topic)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<StagedTopic> previewed(String topicId) {
    if (byPlugin.isEmpty() || !PreviewSwitch.on()) {
      return Optional.empty();
    }
    return staged(topicId);
  }
}
