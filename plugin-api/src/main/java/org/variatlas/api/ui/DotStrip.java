package org.variatlas.api.ui;

import org.variatlas.api.model.AreaResult;

/**
 * Helseatlas' collapsed result box ("kulelinje"): one horizontal axis with a circle per area, the
 * national value as a distinct diamond, selected areas highlighted and named. Compact (72 px), for
 * lists of indicators where each row links to its full page. A click on a circle fires an {@link
 * AreaClickEvent}.
 *
 * <pre>{@code
 * DotStrip strip = new DotStrip();
 * strip.setResults(results);
 * strip.setSelectedAreas(selection.get());
 * }</pre>
 */
public class DotStrip extends ResultsChart {

  static final int HEIGHT = 72;

  @Override
  String kind() {
    return "dots";
  }

  @Override
  void writeData(JsonWriter json, RenderContext c) {
    writeIndicator(json, c);
    json.name("rows").beginArray();
    for (AreaResult area : ranked()) {
      writeArea(json, area);
    }
    json.endArray();
    json.name("national");
    AreaResult national = national();
    if (national == null || national.value() == null) {
      json.value((String) null);
    } else {
      writeArea(json, national);
    }
  }

  @Override
  Integer preferredHeight() {
    return HEIGHT + (getTitle() == null ? 0 : 26);
  }

  @Override
  String describe(RenderContext c) {
    String extremes = extremes(c);
    return extremes == null ? null : c.t("kit.dots.summary", ranked().size(), extremes);
  }
}
