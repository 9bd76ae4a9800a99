package org.variatlas.app.results;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.variatlas.api.ui.SharedSpecs;

/**
 * The kit elements' heavy JSON (chart specs, map styles and tooltips), rendered once per key and
 * shared by every reader: a view hands its elements this store with a key that names everything the
 * JSON depends on (chart, topic, indicator, level, period, language and the results version), the
 * element sends the browser a URL ({@code /api/v1/views/{id}}, {@link SharedViewsController}), and
 * the reader's session keeps neither the JSON nor its own copy of it. A key's JSON never changes (a
 * new results version makes new keys); the least recently used entries go when the store holds more
 * than {@link #CAPACITY_CHARS} characters.
 */
@Component
public class SharedViews implements SharedSpecs {

  /** Where the browser fetches a view's JSON, followed by its id. */
  public static final String PATH = "/api/v1/views/";

  static final long CAPACITY_CHARS = 64L << 20;

  private final Map<String, String> json = new LinkedHashMap<>(256, 0.75f, true);
  private final byte[] salt = new byte[16];
  private long chars;

  public SharedViews() {
    new SecureRandom().nextBytes(salt);
  }

  @Override
  public String url(String key, Supplier<String> render) {
    String id = id(key);
    synchronized (json) {
      if (json.containsKey(id)) {
        return PATH + id;
      }
    }
    String rendered = render.get();
    synchronized (json) {
      if (json.put(id, rendered) == null) {
        chars += rendered.length();
      }
      var eldest = json.entrySet().iterator();
      while (chars > CAPACITY_CHARS && eldest.hasNext()) {
        chars -= eldest.next().getValue().length();
        eldest.remove();
      }
    }
    return PATH + id;
  }

  /** The JSON kept under an id, if it is still kept. */
  Optional<String> get(String id) {
    synchronized (json) {
      return Optional.ofNullable(json.get(id));
    }
  }

  /**
   * A key's id: a hash salted per process, so that only a page that showed a view hands out its URL
   * (a view of figures a reader may not see cannot be guessed from its key).
   */
  String id(String key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      byte[] hash = sha.digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
