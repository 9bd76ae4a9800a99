package org.variatlas.app.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.variatlas.api.ui.SharedSpecs;
import org.variatlas.app.topics.TopicRegistry;

/**
 * The kit elements' heavy JSON (chart specs, map styles and tooltips, a topic's result boxes),
 * rendered once per key and shared by every reader: a view hands its elements this store with a key
 * that names everything the JSON depends on (chart, topic, indicator, level, period, language and
 * the results version), the element sends the browser a URL ({@code /api/v1/views/{id}}, {@link
 * SharedViewsController}), and the reader's session keeps neither the JSON nor its own copy of it.
 *
 * <p>A key's JSON never changes (a new results version makes new keys). It is kept in memory (the
 * least recently used go beyond {@link #CAPACITY_CHARS} characters) and in the database, and its id
 * is a hash of the key salted by the database: every instance of the app derives the same id and
 * serves it, whichever built the page. A page of a draft topic or of a staged version's preview
 * gets its store from {@link #of(String)}: its views are kept apart, named by their topic, and
 * served privately, only to those who may see the topic.
 */
@Component
public class SharedViews implements SharedSpecs {

  /** Where the browser fetches a view's JSON, followed by its id. */
  public static final String PATH = "/api/v1/views/";

  static final long CAPACITY_CHARS = 64L << 20;

  /** Views older than this leave the database (pages that still name one reload themselves). */
  static final Duration KEPT = Duration.ofDays(7);

  /** Who may see a view besides everyone. */
  public enum Restriction {
    /** Those who may see the draft topic. */
    DRAFT,
    /** Those who may preview the topic's staged version. */
    PREVIEW
  }

  /** A view's JSON and, when not public, its topic and restriction. */
  public record View(String json, String topicId, Restriction restriction) {
    int chars() {
      return json.length();
    }
  }

  private final Map<String, View> memory = new LinkedHashMap<>(256, 0.75f, true);
  private final SharedViewRepository store;
  private final TopicRegistry topics;
  private volatile byte[] salt;
  private long chars;
  private volatile long pruned;

  SharedViews(SharedViewRepository store, TopicRegistry topics) {
    this.store = store;
    this.topics = topics;
  }

  @Override
  public String url(String key, Supplier<String> render) {
    return url(key, render, null, null);
  }

  /**
   * The store as a page of a topic uses it: views of a draft topic or of the staged version the
   * current request previews are restricted to those who may see them.
   */
  public SharedSpecs of(String topicId) {
    Restriction restriction =
        topics.isDraft(topicId)
            ? Restriction.DRAFT
            : topics.previewed(topicId).isPresent() ? Restriction.PREVIEW : null;
    return restriction == null ? this : (key, render) -> url(key, render, topicId, restriction);
  }

  /** The URL of a key's view, kept apart and restricted when {@code r} is not null. */
  String url(String key, Supplier<String> render, String topicId, Restriction r) {
    String id = id(r == null ? key : r + "/" + topicId + "/" + key);
    synchronized (memory) {
      if (memory.containsKey(id)) {
        return PATH + id;
      }
    }
    // Another instance may have rendered it already: its copy is the same.
    View view = store.get(id).orElse(null);
    if (view == null) {
      view = new View(render.get(), topicId, r);
      store.put(id, view);
    }
    remember(id, view);
    pruneNowAndThen();
    return PATH + id;
  }

  private void remember(String id, View view) {
    synchronized (memory) {
      if (memory.put(id, view) == null) {
        chars += view.chars();
      }
      var eldest = memory.entrySet().iterator();
      while (chars > CAPACITY_CHARS && eldest.hasNext()) {
        chars -= eldest.next().getValue().chars();
        eldest.remove();
      }
    }
  }

  private void pruneNowAndThen() {
    long now = System.currentTimeMillis();
    if (now - pruned > Duration.ofHours(1).toMillis()) {
      pruned = now;
      store.prune(OffsetDateTime.now().minus(KEPT));
    }
  }

  /** The view kept under an id, from memory or from the database (any instance's). */
  Optional<View> get(String id) {
    synchronized (memory) {
      View kept = memory.get(id);
      if (kept != null) {
        return Optional.of(kept);
      }
    }
    Optional<View> stored = store.get(id);
    stored.ifPresent(v -> remember(id, v));
    return stored;
  }

  /** Whether the current request may see a view. */
  boolean maySee(View view) {
    if (view.restriction() == null) {
      return true;
    }
    if (topics.visibleTopic(view.topicId()).isEmpty()) {
      return false;
    }
    return view.restriction() == Restriction.DRAFT || topics.staged(view.topicId()).isPresent();
  }

  /** Forgets the views kept in memory (as a restarted or another instance has none). */
  void forget() {
    synchronized (memory) {
      memory.clear();
      chars = 0;
    }
  }

  /**
   * A key's id: a hash salted by the database, so that every instance derives the same one and a
   * view of figures a reader may not see cannot be guessed from its key.
   */
  String id(String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt());
      byte[] hash = sha.digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private byte[] salt() {
    byte[] kept = salt;
    if (kept == null) {
      kept = store.salt();
      salt = kept;
    }
    return kept;
  }
}
