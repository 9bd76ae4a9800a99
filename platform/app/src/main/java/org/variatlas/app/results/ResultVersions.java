package org.variatlas.app.results;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The results version readers see of each topic, held in memory: a request resolves it once and
 * reads everything from that version (so a page never mixes two), and it is the validator of the
 * results responses ({@code ETag}), answered without the database. Loaded from the database on
 * first use; updated when this app switches a topic's version, and when any instance on the same
 * database does ({@link ResultVersionListener}).
 */
@Component
public class ResultVersions {

  private final ResultVersionRepository repository;
  private final Map<String, Long> current = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  public ResultVersions(ResultVersionRepository repository) {
    this.repository = repository;
  }

  /** The version readers see of a topic, if it has results. */
  public Optional<Long> current(String topicId) {
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
    repository.currentAll().forEach(this::switched);
    loaded = true;
  }

  /** A topic's version was switched (after the commit). */
  void switched(String topicId, long version) {
    current.merge(topicId, version, Math::max);
  }
}
