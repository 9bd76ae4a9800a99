package org.variatlas.api.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fill colours for a choropleth map from class breaks, in a sequential, colour-blind safe palette
 * (ColorBrewer Blues or Purples, Brewer 2003), and grey for areas without a value.
 *
 * <pre>{@code
 * ChoroplethStyle choropleth = ChoroplethStyle.blues(results.classBreaks()); // k-means, 4 classes
 * map.setStyles(choropleth.styles(values));                                 // code -> style
 * map.setLegend(choropleth.legend("Per 100 000", values, numbers, 0, "No data / suppressed"));
 * }</pre>
 *
 * @param breaks the upper bounds of all classes but the last, ascending (as {@link
 *     org.variatlas.api.model.IndicatorResults#classBreaks()}); a value on a bound belongs to the
 *     lower class
 * @param palette one colour per class, light to dark ({@code breaks.size() + 1} of them)
 * @param missingColor the fill of areas without a value (no data or suppressed)
 */
public record ChoroplethStyle(List<Double> breaks, List<String> palette, String missingColor) {

  /** The grey of "no data / suppressed". */
  public static final String MISSING = "#d4d8dd";

  // ColorBrewer sequential palettes without their lightest step, which vanishes on white.
  private static final List<List<String>> BLUES =
      List.of(
          List.of("#3182bd"),
          List.of("#9ecae1", "#2171b5"),
          List.of("#bdd7e7", "#6baed6", "#2171b5"),
          List.of("#bdd7e7", "#6baed6", "#3182bd", "#08519c"),
          List.of("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"),
          List.of("#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"));
  private static final List<List<String>> PURPLES =
      List.of(
          List.of("#756bb1"),
          List.of("#bcbddc", "#6a51a3"),
          List.of("#cbc9e2", "#9e9ac8", "#6a51a3"),
          List.of("#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"),
          List.of("#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"),
          List.of("#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"));

  public ChoroplethStyle {
    breaks = List.copyOf(breaks);
    palette = List.copyOf(palette);
    if (palette.size() != breaks.size() + 1) {
      throw new IllegalArgumentException(
          breaks.size()
              + " breaks need "
              + (breaks.size() + 1)
              + " colours, got "
              + palette.size());
    }
    for (int i = 1; i < breaks.size(); i++) {
      if (breaks.get(i) < breaks.get(i - 1)) {
        throw new IllegalArgumentException("class breaks must ascend: " + breaks);
      }
    }
  }

  /** Blues for up to 6 classes. */
  public static ChoroplethStyle blues(List<Double> breaks) {
    return of(breaks, BLUES);
  }

  /** Purples for up to 6 classes. */
  public static ChoroplethStyle purples(List<Double> breaks) {
    return of(breaks, PURPLES);
  }

  private static ChoroplethStyle of(List<Double> breaks, List<List<String>> palettes) {
    if (breaks.size() >= palettes.size()) {
      throw new IllegalArgumentException(
          "at most " + palettes.size() + " classes, got " + (breaks.size() + 1));
    }
    return new ChoroplethStyle(breaks, palettes.get(breaks.size()), MISSING);
  }

  /** The class of a value, 0 = lowest; -1 for null or NaN. */
  public int classOf(Double value) {
    if (value == null || value.isNaN()) {
      return -1;
    }
    int c = 0;
    while (c < breaks.size() && value > breaks.get(c)) {
      c++;
    }
    return c;
  }

  /** The fill colour of a value. */
  public String colorOf(Double value) {
    int c = classOf(value);
    return c < 0 ? missingColor : palette.get(c);
  }

  /** A style per area code: its class colour, or grey where the value is null. */
  public Map<String, FeatureStyle> styles(Map<String, Double> values) {
    Map<String, FeatureStyle> styles = new LinkedHashMap<>();
    values.forEach((code, v) -> styles.put(code, FeatureStyle.fill(colorOf(v))));
    return styles;
  }

  /**
   * The legend: one entry per class from the lowest value (or break) to the next break or the
   * highest value, then the grey class.
   *
   * @param title the legend's title (the unit)
   * @param values the values shown (for the outer ends of the ranges)
   * @param numbers how to write the numbers
   * @param decimals how many decimals
   * @param missingLabel the grey class's label, e.g. "No data / suppressed"
   */
  public MapLegend legend(
      String title,
      Map<String, Double> values,
      NumberStyle numbers,
      int decimals,
      String missingLabel) {
    double min =
        values.values().stream()
            .filter(Objects::nonNull)
            .mapToDouble(d -> d)
            .min()
            .orElse(Double.NaN);
    double max =
        values.values().stream()
            .filter(Objects::nonNull)
            .mapToDouble(d -> d)
            .max()
            .orElse(Double.NaN);
    List<MapLegend.Entry> entries = new ArrayList<>();
    // Highest class first, as a map legend reads top down like the ranked bars.
    for (int c = palette.size() - 1; c >= 0; c--) {
      double from = c == 0 ? min : breaks.get(c - 1);
      double to = c == breaks.size() ? max : breaks.get(c);
      if (Double.isNaN(from) || Double.isNaN(to)) {
        continue;
      }
      entries.add(new MapLegend.Entry(palette.get(c), numbers.range(from, to, decimals)));
    }
    entries.add(new MapLegend.Entry(missingColor, missingLabel));
    return new MapLegend(title, entries);
  }
}
