package org.variatlas.app.results;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.variatlas.app.topics.TopicPreview;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The results version readers see of each topic, held in memory: a request resolves it once and
 * reads everything from that version (so a page never mixes two), and it is the validator of the
 * results responses ({@code ETag}), answered without the database. Loaded from the database on
 * first use; updated when this app switches a topic's version, and when any instance on the same
 * database does ({@link ResultVersionListener}). A request that previews a staged plugin version
 * ({@link TopicRegistry#previewed}) reads the version computed for it instead.
 */
@Component
public class ResultVersions {

  private final ResultVersionRepository repository;
  private final TopicRegistry topics;
  private final Map<String, Long> current = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  public ResultVersions(ResultVersionRepository repository, TopicRegistry topics) {
    this.repository = repository;
    this.topics = topics;
  }

  /**
   * The version the current request reads of a topic, if it has results: the public one, or the
   * staged one it previews.
   */
  public Optional<Long> current(String topicId) {
    Optional<TopicPreview.StagedTopic> staged = topics.previewed(topicId);
    if (staged.isPresent()) {
      return Optional.ofNullable(staged.get().resultsVersion());
    }
    return publicVersion(topicId);
  }

  /** The version the public reads of a topic, if it has results. */
  public Optional<Long> publicVersion(String topicId) {
    if (!loaded) {
      load();
    }
    return Optional.ofNullable(current.get(topicId));
  }

  private synchronized void load() {
    if (!loaded) {
      repository.currentAll().forEach(current::putIfAbsent);
      loaded = true;
    }
  }

  /** Reads every topic's version from the database again (e.g. after a lost notification link). */
  void reload() {
    repository.currentAll().forEach(current::put);
    loaded = true;
  }

  /**
   * A topic's version was switched (after the commit). The database says which version is current
   * now: notifications may arrive out of order, and a switch may go back to an older version (an
   * editor restored a plugin's previous version with its results).
   */
  void switched(String topicId, long version) {
    current.put(topicId, repository.current(topicId).orElse(version));
  }
}
