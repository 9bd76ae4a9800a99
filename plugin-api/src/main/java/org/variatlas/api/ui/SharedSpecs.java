package org.variatlas.api.ui;

import java.util.function.Supplier;

/**
 * Where an app keeps the heavy JSON of kit elements once for all its readers (a chart's spec, a
 * map's styles and tooltips): an element given a store and a key sends the browser a URL that its
 * module fetches, and only the selection travels with the page. The page's messages then carry the
 * structure, not the data; the JSON is rendered once per key, not once per reader, and the browser
 * (or a CDN) may cache it.
 *
 * <p>The key must name everything the JSON depends on but the selection: for an indicator's chart,
 * e.g., the chart, topic, indicator, level, period, language and results version.
 */
@FunctionalInterface
public interface SharedSpecs {

  /**
   * The URL of the JSON kept under {@code key}.
   *
   * @param render renders the JSON when none is kept under the key (without the selection)
   */
  String url(String key, Supplier<String> render);
}
