package org.variatlas.api.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.Provenance;

/**
 * A chart of one indicator's results on one area level and period ({@link IndicatorResults}): the
 * areas, the national row, the indicator's unit and suppression threshold. Suppressed areas carry
 * no figures and are drawn as such ("n &lt; 6").
 */
public abstract class ResultsChart extends EChart {

  private IndicatorResults results;
  private Integer decimals;
  private String referenceLabel;

  /** Shows these results (null clears the chart). */
  public void setResults(IndicatorResults results) {
    this.results = results;
    refresh();
  }

  public IndicatorResults getResults() {
    return results;
  }

  /**
   * Fixes the number of decimals of values; null (the default) picks them from the largest value (0
   * from 100, 1 from 10, else 2; see {@link NumberStyle#decimalsFor}).
   */
  public void setDecimals(Integer decimals) {
    this.decimals = decimals;
    refresh();
  }

  /**
   * What the national row is called where the chart draws it as the reference (the bars' line, the
   * funnel's centre line, the trend's national line), e.g. "Norway, adjusted for age and sex", so
   * that every chart names the one reference value the same way. Null: the kit's "Norway".
   */
  public void setReferenceLabel(String label) {
    this.referenceLabel = label;
    refresh();
  }

  /** The areas that are not the national row, in the results' order. */
  List<AreaResult> areas() {
    return results == null
        ? List.of()
        : results.areas().stream().filter(a -> !a.area().isNational()).toList();
  }

  /** The areas with a value, highest first (ties by name, for a stable order). */
  List<AreaResult> ranked() {
    return areas().stream()
        .filter(a -> !a.suppressed() && a.value() != null)
        .sorted(
            Comparator.comparing(AreaResult::value).reversed().thenComparing(a -> a.area().name()))
        .toList();
  }

  int decimals() {
    if (decimals != null) {
      return decimals;
    }
    double largest =
        Stream.concat(areas().stream(), Stream.ofNullable(national()))
            .map(AreaResult::value)
            .filter(Objects::nonNull)
            .mapToDouble(Math::abs)
            .max()
            .orElse(0);
    return NumberStyle.decimalsFor(largest);
  }

  AreaResult national() {
    return results == null ? null : results.national();
  }

  /** The unit, decimals and the suppressed label every results chart sends. */
  void writeIndicator(JsonWriter json, RenderContext c) {
    json.field("unit", results == null ? null : c.text(results.indicator().unit()));
    json.field("referenceLabel", referenceLabel);
    json.field("decimals", decimals());
    json.field("suppressedLabel", suppressedLabel(results == null ? null : results.indicator(), c));
  }

  /**
   * Why a hidden area shows no figure. A computed indicator also hides areas whose counts are not
   * small, so that no small count can be worked out from the rest (secondary suppression): "n &lt;
   * 5" would be false for those, so its label only says the figure is hidden for privacy (the page
   * says why at more length).
   */
  static String suppressedLabel(IndicatorDefinition indicator, RenderContext c) {
    int threshold = indicator == null ? 0 : indicator.suppressionThreshold();
    if (indicator != null && indicator.provenance() == Provenance.COMPUTED) {
      return c.t("kit.chart.suppressedProtected");
    }
    return threshold > 0
        ? c.t("kit.chart.suppressedBelow", threshold)
        : c.t("kit.chart.suppressed");
  }

  /** One area as the browser modules read it (tooltips use every field). */
  static void writeArea(JsonWriter json, AreaResult a) {
    json.beginObject()
        .field("code", a.area().code())
        .field("name", a.area().name())
        .field("national", a.area().isNational())
        .field("suppressed", a.suppressed())
        .field("value", a.value())
        .field("lower", a.lower95())
        .field("upper", a.upper95())
        .field("events", a.events())
        .field("population", a.population());
    json.endObject();
  }

  /** "Highest: X 345; lowest: Y 120; Norway 245" for the text alternative. */
  String extremes(RenderContext c) {
    List<AreaResult> ranked = ranked();
    if (ranked.isEmpty()) {
      return null;
    }
    int d = decimals();
    AreaResult high = ranked.get(0);
    AreaResult low = ranked.get(ranked.size() - 1);
    AreaResult national = national();
    return c.t(
        "kit.chart.extremes",
        high.area().name(),
        c.numbers().format(high.value(), d),
        low.area().name(),
        c.numbers().format(low.value(), d),
        national == null ? "" : national.area().name(),
        national == null ? "" : c.numbers().format(national.value(), d));
  }

  @Override
  protected String referenceName(String fallback) {
    return results == null
            || results.national() == null
            || results.national().area() == null
            || results.national().area().name() == null
        ? fallback
        : results.national().area().name();
  }
}
