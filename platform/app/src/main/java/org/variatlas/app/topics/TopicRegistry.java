package org.variatlas.app.topics;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.core.Authentication;

/**
 * The topics the platform serves, as the started plugins describe them (kept up to date by the
 * plugin runtime's configuration; this package does not know how plugins are loaded), and which of
 * them are drafts.
 *
 * <p>Two views: {@link #topics()} and {@link #topic(String)} are every served topic, for the
 * platform's own work (loads, results, translations); {@link #visibleTopics()} and {@link
 * #visibleTopic(String)} are what the person of the current request may see: a draft only for those
 * the {@link TopicAudience} allows (editors, its partner), for pages and the public API.
 */
public class TopicRegistry {

  private final TopicAudience audience;
  private volatile TopicPreview preview = TopicPreview.NONE;
  private final Set<String> draftPlugins = ConcurrentHashMap.newKeySet();
  private final Set<String> removed = ConcurrentHashMap.newKeySet();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile List<InstalledTopic> topics;

  public TopicRegistry(List<InstalledTopic> topics) {
    this(topics, Set.of(), TopicAudience.NOBODY);
  }

  public TopicRegistry(
      List<InstalledTopic> topics, Set<String> draftPluginIds, TopicAudience audience) {
    this.topics = List.copyOf(topics);
    this.draftPlugins.addAll(draftPluginIds);
    this.audience = audience;
  }

  /** Served topics in display order, drafts included. */
  public List<InstalledTopic> topics() {
    return topics;
  }

  /** A served topic, draft or not. */
  public Optional<InstalledTopic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The topics the person of the current request may see, in display order. */
  public List<InstalledTopic> visibleTopics() {
    return visibleTopics(audience.current());
  }

  /** The topics {@code viewer} (null: anonymous) may see, in display order. */
  public List<InstalledTopic> visibleTopics(Authentication viewer) {
    return topics.stream().filter(t -> visibleTo(t, viewer)).map(this::asPreviewed).toList();
  }

  /**
   * A topic if the person of the current request may see it: the staged version's when they preview
   * it.
   */
  public Optional<InstalledTopic> visibleTopic(String id) {
    return visibleTopic(id, audience.current()).map(this::asPreviewed);
  }

  /**
   * A served topic as the current request is shown it: the staged version's definitions when it
   * previews them, else the public ones (for reading results; visibility is the caller's).
   */
  public Optional<InstalledTopic> shownTopic(String id) {
    return topic(id).map(this::asPreviewed);
  }

  /** The staged version of a topic the current request previews, if any. */
  public Optional<TopicPreview.StagedTopic> previewed(String id) {
    return preview.previewed(id);
  }

  /** The staged version of a topic, if the person of the current request may preview it. */
  public Optional<TopicPreview.StagedTopic> staged(String id) {
    return preview.staged(id);
  }

  private InstalledTopic asPreviewed(InstalledTopic topic) {
    return preview.previewed(topic.id()).map(TopicPreview.StagedTopic::topic).orElse(topic);
  }

  /** Who previews which staged topic version (set once by the configuration). */
  public void setPreview(TopicPreview preview) {
    this.preview = preview;
  }

  /** A topic if {@code viewer} (null: anonymous) may see it. */
  public Optional<InstalledTopic> visibleTopic(String id, Authentication viewer) {
    return topic(id).filter(t -> visibleTo(t, viewer));
  }

  /** The person of the current request, as the audience reads it (null: anonymous). */
  public Authentication currentViewer() {
    return audience.current();
  }

  private boolean visibleTo(InstalledTopic topic, Authentication viewer) {
    return !draftPlugins.contains(topic.pluginId()) || audience.maySeeDraft(viewer, topic);
  }

  /** Whether a served topic is a draft (its plugin is not published). */
  public boolean isDraft(String topicId) {
    return topic(topicId).map(t -> draftPlugins.contains(t.pluginId())).orElse(false);
  }

  /** Whether a topic was served since the start and no longer is (removed or disabled). */
  public boolean wasRemoved(String topicId) {
    return removed.contains(topicId) && topic(topicId).isEmpty();
  }

  /** Replaces the served topics (after a plugin was loaded or unloaded) and tells the listeners. */
  public void replace(List<InstalledTopic> served) {
    Set<String> gone = new HashSet<>();
    topics.forEach(t -> gone.add(t.id()));
    served.forEach(t -> gone.remove(t.id()));
    removed.addAll(gone);
    topics = List.copyOf(served);
    listeners.forEach(Runnable::run);
  }

  /** Marks a plugin's topics as draft (true) or published (false), and tells the listeners. */
  public void setDraft(String pluginId, boolean draft) {
    boolean changed = draft ? draftPlugins.add(pluginId) : draftPlugins.remove(pluginId);
    if (changed) {
      listeners.forEach(Runnable::run);
    }
  }

  /**
   * Calls {@code listener} after every change of the served topics or their publication (on the
   * thread that made the change).
   *
   * @return what removes the listener again
   */
  public Runnable addListener(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
