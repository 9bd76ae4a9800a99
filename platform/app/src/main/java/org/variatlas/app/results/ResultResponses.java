package org.variatlas.app.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Rendered results responses, kept in memory by everything that makes them differ: the request's
 * parameters and the topic's results version. A version's results never change, so a repeated
 * request is answered without the database; a new version makes new keys, and the old entries age
 * out (least recently used first).
 */
@Component
public class ResultResponses {

  private static final int CAPACITY = 2_000;

  private final Map<List<Object>, byte[]> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, byte[]> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The response for {@code key} (which must name the results version), rendered once. */
  public byte[] get(List<Object> key, Supplier<byte[]> render) {
    synchronized (cache) {
      byte[] body = cache.get(key);
      if (body != null) {
        return body;
      }
    }
    byte[] body = render.get();
    synchronized (cache) {
      cache.put(key, body);
    }
    return body;
  }

  /** The validator of a topic's results version, as an HTTP entity tag. */
  public static String etag(String topicId, long version) {
    return "\"" + topicId + "." + version + "\"";
  }
}
