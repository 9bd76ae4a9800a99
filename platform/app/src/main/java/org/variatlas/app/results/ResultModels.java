package org.variatlas.app.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Period;

/**
 * The results views show, read once per results version and shared by every reader: the model
 * objects are immutable, so a thousand sessions showing the same indicator hold one copy of its
 * figures, not a thousand, and the second reader costs no database round trip. A new results
 * version makes new keys; the least recently used entries go beyond {@link #CAPACITY}.
 */
@Component
public class ResultModels {

  static final int CAPACITY = 1_000;

  private final ResultsService service;
  private final Map<List<Object>, Object> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
          return size() > CAPACITY;
        }
      };

  public ResultModels(ResultsService service) {
    this.service = service;
  }

  /** The version of a topic's results readers see now. */
  public Optional<Long> version(String topicId) {
    return service.version(topicId);
  }

  /** As {@link ResultsService#results(String, String, String, Period, Locale)}, shared. */
  public Optional<IndicatorResults> results(
      String topicId, String indicatorId, String level, Period period, Locale locale) {
    Optional<Long> version = service.version(topicId);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    return shared(
        List.of("results", topicId, indicatorId, level, period, locale, version.get()),
        () -> service.results(topicId, indicatorId, level, period, locale, version.get()));
  }

  /** As {@link ResultsService#yearly(String, String, String, Period, Locale)}, shared. */
  public List<IndicatorResults> yearly(
      String topicId, String indicatorId, String level, Period span, Locale locale) {
    Optional<Long> version = service.version(topicId);
    if (version.isEmpty()) {
      return List.of();
    }
    return shared(
        List.of("yearly", topicId, indicatorId, level, span, locale, version.get()),
        () -> List.copyOf(service.yearly(topicId, indicatorId, level, span, locale)));
  }

  /**
   * As {@link FunnelLimitsFactory#funnel(IndicatorResults)}, shared: the limits and the classed
   * copy of the results are computed once for every reader of the same figures.
   *
   * @param key names the results (their version and hash) and the page's variant
   */
  public Optional<FunnelLimitsFactory.Funnel> funnel(String key, IndicatorResults results) {
    return shared(List.of("funnel", key), () -> FunnelLimitsFactory.funnel(results));
  }

  @SuppressWarnings("unchecked")
  private <T> T shared(List<Object> key, Supplier<T> read) {
    synchronized (cache) {
      Object kept = cache.get(key);
      if (kept != null) {
        return (T) kept;
      }
    }
    T value = read.get();
    synchronized (cache) {
      cache.put(key, value);
    }
    return value;
  }
}
