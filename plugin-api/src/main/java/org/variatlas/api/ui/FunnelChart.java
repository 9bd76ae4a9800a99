package org.variatlas.api.ui;

import java.util.Locale;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Polarity;

/**
 * A funnel plot: one point per area (x = population or expected events, y = value) against the 95 %
 * and 99.8 % control limits (dashed and solid) and the target line. Points are coloured by their
 * funnel significance ({@link AreaResult#funnelSignificance()}), read through the indicator's
 * {@link Polarity}: better/worse in blue/orange (colour-blind safe) when high or low is good,
 * higher/lower in two neutral hues otherwise, grey when within the limits. Selected points are
 * ringed and named. A click on a point fires an {@link AreaClickEvent}.
 *
 * <pre>{@code
 * FunnelChart funnel = new FunnelChart();
 * funnel.setResults(results, limits);   // limits from the engine, see FunnelLimits
 * funnel.addAreaClickListener(e -> selection.toggle(e.getCode()));
 * }</pre>
 */
public class FunnelChart extends ResultsChart {

  private FunnelLimits limits;

  /** Shows the areas of {@code results} against {@code limits}. */
  public void setResults(org.variatlas.api.model.IndicatorResults results, FunnelLimits limits) {
    this.limits = limits;
    setResults(results);
  }

  @Override
  String kind() {
    return "funnel";
  }

  /**
   * The significance class of an area: {@code high}/{@code low} with level {@code 998} or {@code
   * 95}, or {@code none}. PHE's labels read "High (0.001)", "Low (0.025)", "Not significant".
   */
  static String significance(String label) {
    if (label == null) {
      return "none";
    }
    String l = label.toLowerCase(Locale.ROOT);
    String level = l.contains("0.001") || l.contains("99.8") ? "998" : "95";
    if (l.startsWith("high")) {
      return "high" + level;
    }
    if (l.startsWith("low")) {
      return "low" + level;
    }
    return "none";
  }

  @Override
  void writeData(JsonWriter json, RenderContext c) {
    writeIndicator(json, c);
    Polarity polarity =
        getResults() == null ? Polarity.NO_JUDGEMENT : getResults().indicator().polarity();
    json.field("polarity", polarity.name());
    boolean expected = limits != null && limits.xAxis() == FunnelLimits.XAxis.EXPECTED_EVENTS;
    json.field("xLabel", c.t(expected ? "kit.funnel.expected" : "kit.funnel.population"));
    json.name("classLabels")
        .beginObject()
        .field("high998", c.t(judged(polarity, true) + "998"))
        .field("high95", c.t(judged(polarity, true) + "95"))
        .field("none", c.t("kit.funnel.notSignificant"))
        .field("low95", c.t(judged(polarity, false) + "95"))
        .field("low998", c.t(judged(polarity, false) + "998"))
        .field("limits95", c.t("kit.funnel.limits95"))
        .field("limits998", c.t("kit.funnel.limits998"))
        .field("target", referenceName(c.t("kit.funnel.target")))
        .endObject();
    json.field("target", limits == null ? null : limits.target());
    json.name("limits").beginObject();
    if (limits != null) {
      limits.lower95().write(json, "lower95");
      limits.upper95().write(json, "upper95");
      limits.lower998().write(json, "lower998");
      limits.upper998().write(json, "upper998");
    }
    json.endObject();
    json.name("points").beginArray();
    for (AreaResult area : ranked()) {
      Double x = limits == null ? null : limits.positions().get(area.area().code());
      x = x != null ? x : area.population();
      if (x == null) {
        continue;
      }
      json.beginObject()
          .field("x", x)
          .field("significance", significance(area.funnelSignificance()))
          .name("area");
      writeArea(json, area);
      json.endObject();
    }
    json.endArray();
  }

  /** The translation key stem of a high or low point: better/worse or higher/lower. */
  private static String judged(Polarity polarity, boolean high) {
    return switch (polarity) {
      case HIGH_IS_GOOD -> high ? "kit.funnel.better" : "kit.funnel.worse";
      case LOW_IS_GOOD -> high ? "kit.funnel.worse" : "kit.funnel.better";
      case NO_JUDGEMENT -> high ? "kit.funnel.higher" : "kit.funnel.lower";
    };
  }

  @Override
  Integer preferredHeight() {
    return null;
  }

  @Override
  String describe(RenderContext c) {
    if (getResults() == null) {
      return null;
    }
    long outside =
        ranked().stream().filter(a -> !"none".equals(significance(a.funnelSignificance()))).count();
    return c.t("kit.funnel.summary", ranked().size(), outside);
  }
}
