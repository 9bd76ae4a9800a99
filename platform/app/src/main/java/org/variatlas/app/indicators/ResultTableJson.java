package org.variatlas.app.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.NumberStyle;

/**
 * What the results table's browser element ({@code <va-result-table>}) fetches: the columns'
 * headers, and per area its name and its figures exactly as the page prints them (in the page's
 * language), with each sortable column's rank instead of the figure itself, so that the browser
 * sorts as the server does (and as the CSV is written) and no figure travels more precisely than it
 * is shown. Rendered once per results version and language, shared by every reader ({@link
 * org.variatlas.app.results.SharedViews}). A hidden area's row carries its name only.
 */
final class ResultTableJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A column: its key, header, whether it sorts, is right-aligned, and its initial direction. */
  record Column(String key, String header, boolean sortable, boolean end, String direction) {}

  /** A row: the area, its printed cells, and its rank per sortable column (ties share a rank). */
  record Row(String code, String name, Map<String, String> cells, Map<String, Integer> sort) {}

  /** The whole table. */
  record Table(String label, boolean compared, List<Column> columns, List<Row> rows) {}

  /**
   * The sortable columns' orders, ascending; the table's initial order is the value's, descending.
   */
  static final Map<String, Comparator<AreaResult>> ORDERS = orders();

  static final String INITIAL_SORT = "value";

  private ResultTableJson() {}

  private static Map<String, Comparator<AreaResult>> orders() {
    Map<String, Comparator<AreaResult>> orders = new LinkedHashMap<>();
    orders.put("area", Comparator.comparing((AreaResult a) -> a.area().name()));
    orders.put("events", byNumber(AreaResult::events));
    orders.put("population", byNumber(AreaResult::population));
    orders.put("crude", byNumber(AreaResult::crude));
    orders.put("value", byNumber(AreaResult::value));
    orders.put("significance", Comparator.comparing((AreaResult a) -> a.comparison().ordinal()));
    return Map.copyOf(orders);
  }

  private static Comparator<AreaResult> byNumber(Function<AreaResult, Double> value) {
    return Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
  }

  /** The table's JSON for {@code results}, its texts in the language of {@code texts}. */
  static String render(IndicatorResults results, Component texts, NumberStyle numbers, int places) {
    boolean compared = ResultGrid.compared(results);
    List<Column> columns =
        List.of(
            new Column("area", texts.getTranslation("indicator.table.area"), true, false, null),
            number("events", "indicator.table.events", texts),
            number("population", "indicator.table.population", texts),
            number("crude", "indicator.table.crude", texts),
            new Column("value", texts.getTranslation("indicator.table.value"), true, true, "desc"),
            new Column("ci", texts.getTranslation("indicator.table.ci"), false, true, null),
            new Column(
                "significance",
                texts.getTranslation("indicator.table.significance"),
                true,
                false,
                null));
    List<AreaResult> areas = results.areas();
    Map<String, int[]> ranks = new LinkedHashMap<>();
    ORDERS.forEach((key, order) -> ranks.put(key, ranks(areas, order)));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      AreaResult a = areas.get(i);
      Map<String, String> cells = new LinkedHashMap<>();
      cells.put("events", numbers.format(a.events(), 0));
      cells.put("population", numbers.format(a.population(), 0));
      cells.put("crude", numbers.format(a.crude(), places));
      cells.put("value", numbers.format(a.value(), places));
      cells.put("ci", ResultGrid.ci(a, numbers, places));
      cells.put("significance", ResultGrid.comparison(a, texts));
      Map<String, Integer> sort = new LinkedHashMap<>();
      for (var rank : ranks.entrySet()) {
        sort.put(rank.getKey(), rank.getValue()[i]);
      }
      rows.add(new Row(a.area().code(), a.area().name(), cells, sort));
    }
    try {
      return JSON.writeValueAsString(
          new Table(texts.getTranslation("indicator.table.label"), compared, columns, rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the results table's JSON of " + results.indicator(), e);
    }
  }

  private static Column number(String key, String header, Component texts) {
    return new Column(key, texts.getTranslation(header), true, true, null);
  }

  /** Each area's dense rank in {@code order}: equal areas share one, so ties keep the row order. */
  private static int[] ranks(List<AreaResult> areas, Comparator<AreaResult> order) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      indexes.add(i);
    }
    indexes.sort((x, y) -> order.compare(areas.get(x), areas.get(y)));
    int[] ranks = new int[areas.size()];
    int rank = 0;
    for (int k = 0; k < indexes.size(); k++) {
      if (k > 0 && order.compare(areas.get(indexes.get(k - 1)), areas.get(indexes.get(k))) != 0) {
        rank++;
      }
      ranks[indexes.get(k)] = rank;
    }
    return ranks;
  }
}
