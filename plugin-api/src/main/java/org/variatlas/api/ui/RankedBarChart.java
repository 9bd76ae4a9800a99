package org.variatlas.api.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.IndicatorDefinition;

/**
 * Helseatlas' main chart: one horizontal bar per area, sorted by value, with
 *
 * <ul>
 *   <li>the national value as a bar of its own colour (in rank order) and a vertical reference line
 *       across all bars;
 *   <li>95 % confidence interval whiskers;
 *   <li>stacked segments with a legend when the indicator has {@link Category categories} (e.g.
 *       public/private);
 *   <li>the yearly values of a period as dots on a thin min–max line per area ("årsvariasjon"),
 *       shaded by year, with a legend of years;
 *   <li>selected areas highlighted; suppressed areas as an empty row labelled "n &lt; 6".
 * </ul>
 *
 * A click anywhere on an area's row (bar, whisker, dots or label) fires an {@link AreaClickEvent}.
 * Its height follows the number of areas (24 px a bar) unless set.
 *
 * <pre>{@code
 * RankedBarChart bars = new RankedBarChart();
 * bars.setResults(results);                   // IndicatorResults of one level and period
 * bars.setSelectedAreas(Set.of("16"));
 * bars.addAreaClickListener(e -> selection.toggle(e.getCode()));
 * }</pre>
 */
public class RankedBarChart extends ResultsChart {

  /** Pixels per bar: Helseatlas' rows are about 22–26 px. */
  static final int ROW_HEIGHT = 24;

  private boolean descending = true;
  private boolean showConfidenceIntervals = true;
  private boolean showYearlyValues = true;

  /** Highest first (the default) or lowest first. */
  public void setDescending(boolean descending) {
    this.descending = descending;
    refresh();
  }

  /** Shows the 95 % CI whiskers (default true; never for stacked bars). */
  public void setShowConfidenceIntervals(boolean show) {
    this.showConfidenceIntervals = show;
    refresh();
  }

  /** Shows the yearly values as dots when the results have them (default true). */
  public void setShowYearlyValues(boolean show) {
    this.showYearlyValues = show;
    refresh();
  }

  @Override
  String kind() {
    return "ranked";
  }

  /** The rows top to bottom: the areas with values and the national row by value, then the rest. */
  List<AreaResult> rows() {
    List<AreaResult> rows = new ArrayList<>(ranked());
    AreaResult national = national();
    if (national != null && national.value() != null) {
      rows.add(national);
      rows.sort(
          Comparator.comparing(AreaResult::value)
              .reversed()
              .thenComparing(a -> a.area().isNational()));
    }
    if (!descending) {
      java.util.Collections.reverse(rows);
    }
    areas().stream()
        .filter(a -> a.suppressed() || a.value() == null)
        .sorted(Comparator.comparing(a -> a.area().name()))
        .forEach(rows::add);
    return rows;
  }

  private List<Category> categories() {
    IndicatorDefinition indicator = getResults() == null ? null : getResults().indicator();
    if (indicator == null || indicator.categories().isEmpty()) {
      return List.of();
    }
    boolean any = rows().stream().anyMatch(a -> !a.categoryValues().isEmpty());
    return any ? indicator.categories() : List.of();
  }

  private SortedSet<Integer> years() {
    SortedSet<Integer> years = new TreeSet<>();
    if (showYearlyValues) {
      rows().forEach(a -> years.addAll(a.yearlyValues().keySet()));
    }
    // One year is the bar itself: dots add nothing.
    return years.size() > 1 ? years : new TreeSet<>();
  }

  @Override
  void writeData(JsonWriter json, RenderContext c) {
    writeIndicator(json, c);
    List<AreaResult> rows = rows();
    List<Category> categories = categories();
    SortedSet<Integer> years = years();
    AreaResult national = national();
    json.field("nationalValue", national == null ? null : national.value());
    json.field("showCi", showConfidenceIntervals && categories.isEmpty());
    json.field("yearsLabel", c.t("kit.ranked.years"));
    json.name("categories").beginArray();
    for (Category category : categories) {
      json.beginObject()
          .field("id", category.id())
          .field("label", c.text(category.label()))
          .endObject();
    }
    json.endArray();
    json.name("years").beginArray();
    years.forEach(json::value);
    json.endArray();
    json.name("rows").beginArray();
    for (AreaResult row : rows) {
      writeArea(json, row);
    }
    json.endArray();
    // Per row, parallel to "rows": category values and yearly values in the orders above.
    json.name("stacks").beginArray();
    for (AreaResult row : rows) {
      json.beginArray();
      for (Category category : categories) {
        json.value(row.categoryValues().get(category.id()));
      }
      json.endArray();
    }
    json.endArray();
    json.name("yearly").beginArray();
    for (AreaResult row : rows) {
      json.beginArray();
      for (Integer year : years) {
        json.value(row.suppressed() ? null : row.yearlyValues().get(year));
      }
      json.endArray();
    }
    json.endArray();
  }

  @Override
  Integer preferredHeight() {
    int rows = rows().size();
    if (rows == 0) {
      return 160;
    }
    boolean legend = !categories().isEmpty() || !years().isEmpty();
    boolean title = getTitle() != null;
    return rows * ROW_HEIGHT + 56 + (legend ? 30 : 0) + (title ? 30 : 0);
  }

  @Override
  String describe(RenderContext c) {
    String extremes = extremes(c);
    return extremes == null ? null : c.t("kit.ranked.summary", ranked().size(), extremes);
  }
}
