package org.variatlas.api.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;

/**
 * Value per year: the national line (distinct colour, with its 95 % CI as a band when known), one
 * line per selected area in a colour-blind safe palette (in selection order), and the other areas
 * as faint grey context lines that can be clicked to select them. Legend and tooltips per year.
 *
 * <pre>{@code
 * TrendChart trend = new TrendChart();
 * trend.setYearlyResults(List.of(results2013, results2014, results2015)); // one per year
 * // or, from a period's yearly values (no CI band):
 * trend.setResults(results2013to2017);
 * trend.setSelectedAreas(Set.of("16", "2"));
 * }</pre>
 */
public class TrendChart extends ResultsChart {

  private List<IndicatorResults> yearly = List.of();
  private boolean showAllAreas = true;

  /**
   * Shows one year's results per entry (each a single-year {@link org.variatlas.api.model.Period}),
   * so that the national line gets its CI band.
   */
  public void setYearlyResults(List<IndicatorResults> years) {
    this.yearly = List.copyOf(years);
    setResults(years.isEmpty() ? null : years.get(years.size() - 1));
  }

  @Override
  public void setResults(IndicatorResults results) {
    if (yearly.isEmpty() || !yearly.contains(results)) {
      yearly = List.of();
    }
    super.setResults(results);
  }

  /** Draws the unselected areas as faint context lines (default true). */
  public void setShowAllAreas(boolean show) {
    this.showAllAreas = show;
    refresh();
  }

  @Override
  String kind() {
    return "trend";
  }

  /** One line: a value (and maybe limits) per year. */
  record Line(AreaResult area, Map<Integer, double[]> points) {}

  /** The national line first, then the areas in the results' order. */
  List<Line> lines() {
    Map<String, Line> lines = new LinkedHashMap<>();
    if (!yearly.isEmpty()) {
      for (IndicatorResults year : yearly) {
        int y = year.period().to();
        List<AreaResult> rows = new ArrayList<>();
        if (year.national() != null) {
          rows.add(year.national());
        }
        rows.addAll(year.areas());
        for (AreaResult a : rows) {
          if (a.suppressed() || a.value() == null) {
            continue;
          }
          lines
              .computeIfAbsent(a.area().code(), k -> new Line(a, new TreeMap<>()))
              .points()
              .put(y, new double[] {a.value(), nan(a.lower95()), nan(a.upper95())});
        }
      }
    } else if (getResults() != null) {
      List<AreaResult> rows = new ArrayList<>();
      if (national() != null) {
        rows.add(national());
      }
      rows.addAll(areas());
      for (AreaResult a : rows) {
        if (a.suppressed() || a.yearlyValues().isEmpty()) {
          continue;
        }
        Map<Integer, double[]> points = new TreeMap<>();
        a.yearlyValues()
            .forEach((y, v) -> points.put(y, new double[] {nan(v), Double.NaN, Double.NaN}));
        lines.put(a.area().code(), new Line(a, points));
      }
    }
    return List.copyOf(lines.values());
  }

  private static double nan(Double v) {
    return v == null ? Double.NaN : v;
  }

  @Override
  void writeData(JsonWriter json, RenderContext c) {
    writeIndicator(json, c);
    List<Line> lines = lines();
    SortedSet<Integer> years = new TreeSet<>();
    lines.forEach(l -> years.addAll(l.points().keySet()));
    json.field("showAll", showAllAreas);
    json.field("otherAreas", c.t("kit.trend.otherAreas"));
    json.name("years").beginArray();
    years.forEach(json::value);
    json.endArray();
    json.name("lines").beginArray();
    for (Line line : lines) {
      json.beginObject().name("area");
      writeArea(json, line.area());
      for (int k = 0; k < 3; k++) {
        json.name(k == 0 ? "values" : k == 1 ? "lower" : "upper").beginArray();
        for (Integer year : years) {
          double[] p = line.points().get(year);
          json.value(p == null ? null : p[k]);
        }
        json.endArray();
      }
      json.endObject();
    }
    json.endArray();
  }

  @Override
  String describe(RenderContext c) {
    List<Line> lines = lines();
    SortedSet<Integer> years = new TreeSet<>();
    lines.forEach(l -> years.addAll(l.points().keySet()));
    if (years.isEmpty()) {
      return null;
    }
    return c.t(
        "kit.trend.summary",
        String.valueOf(years.first()),
        String.valueOf(years.last()),
        getSelectedAreas().size());
  }
}
