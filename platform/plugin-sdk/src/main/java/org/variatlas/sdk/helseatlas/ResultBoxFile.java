package org.variatlas.sdk.helseatlas;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.sdk.io.Json;

/**
 * One result-box data file of a Helseatlas v2 atlas ({@code atlas_v2/data/<atlas>/<file>.json}):
 * its data tables ("datasett") and the bar charts drawn from them.
 *
 * <p>The format ({@code {"innhold": [chart, ..., {"type": "data", "label": ..., "national": ...,
 * "data": [{"area": ..., ...}]}]}}) is described in SKDE's mongts repository ({@code
 * apps/skde/src/types/index.ts}); column names differ by producer (SKDE: {@code ratesnitt}, {@code
 * rate2022}, {@code antsnitt}; Helse Førde: {@code Snitt_rate}, {@code Rate_2020}, {@code
 * Tal_pas}), so a loader names the columns it reads with {@link PublishedSeries}.
 *
 * <pre>{@code
 * ResultBoxFile box = ResultBoxFile.read(context.resolve(path), path);
 * for (ResultBoxRow row : box.dataset("datasett_1").rows()) {
 *   double rate = row.requireNumber("ratesnitt");
 * }
 * }</pre>
 */
public final class ResultBoxFile {

  private final String name;
  private final Map<String, Dataset> datasets;
  private final List<BarChart> barCharts;

  private ResultBoxFile(String name, Map<String, Dataset> datasets, List<BarChart> barCharts) {
    this.name = name;
    this.datasets = datasets;
    this.barCharts = barCharts;
  }

  /**
   * Reads and checks a file.
   *
   * @param file the file
   * @param displayName its name in problem locations (relative to the data directory)
   * @throws SourceProblemException ({@code unreadable-file}, {@code malformed-json}, {@code
   *     unexpected-json}) when the file is not a result-box data file
   */
  public static ResultBoxFile read(Path file, String displayName) {
    return parse(Json.parse(file, displayName), displayName);
  }

  /** Parses a document already read, e.g. in a test. */
  public static ResultBoxFile parse(String json, String displayName) {
    return parse(Json.parse(json, displayName), displayName);
  }

  private static ResultBoxFile parse(Object document, String name) {
    Map<String, Object> root = Json.object(document, "the document", name);
    List<Object> items = Json.array(root.get("innhold"), "member 'innhold'", name);
    Map<String, Dataset> datasets = new LinkedHashMap<>();
    List<BarChart> charts = new ArrayList<>();
    for (Object item : items) {
      Map<String, Object> object = Json.object(item, "an item of 'innhold'", name);
      Object type = object.get("type");
      if ("data".equals(type)) {
        Dataset dataset = dataset(object, name);
        datasets.put(dataset.label(), dataset);
      } else if ("barchart".equals(type)) {
        charts.add(BarChart.of(object));
      }
    }
    return new ResultBoxFile(
        name, Collections.unmodifiableMap(datasets), Collections.unmodifiableList(charts));
  }

  private static Dataset dataset(Map<String, Object> object, String name) {
    SourceLocation at = new SourceLocation(name, Json.line(object), "label", null);
    if (!(object.get("label") instanceof String label)) {
      throw new SourceProblemException(at, "unexpected-json", "a data item has no label");
    }
    Object national = object.get("national");
    List<Object> data = Json.array(object.get("data"), "member 'data' of " + label, name);
    List<ResultBoxRow> rows = new ArrayList<>(data.size());
    Set<String> columns = new LinkedHashSet<>();
    for (int i = 0; i < data.size(); i++) {
      Map<String, Object> row = Json.object(data.get(i), label + " row " + (i + 1), name);
      rows.add(new ResultBoxRow(name, label, i, Json.line(row), row));
      columns.addAll(row.keySet());
    }
    return new Dataset(
        label,
        national instanceof String s ? s : null,
        List.copyOf(rows),
        Collections.unmodifiableSet(columns));
  }

  /** The file's name as used in problem locations. */
  public String name() {
    return name;
  }

  /** The data tables by label, in file order. */
  public Map<String, Dataset> datasets() {
    return datasets;
  }

  /**
   * A data table by label.
   *
   * @throws SourceProblemException ({@code unknown-dataset}) naming the labels the file has
   */
  public Dataset dataset(String label) {
    Dataset dataset = datasets.get(label);
    if (dataset == null) {
      throw new SourceProblemException(
          SourceLocation.file(name),
          "unknown-dataset",
          "no data item labelled '" + label + "'; the file has " + datasets.keySet());
    }
    return dataset;
  }

  /** The bar charts of the box, in file order. */
  public List<BarChart> barCharts() {
    return barCharts;
  }

  /**
   * One data table.
   *
   * @param label the item's label, e.g. {@code datasett_1} or {@code qwerty}
   * @param nationalName how the table names the national row ({@code Norge}, {@code Noreg}), or
   *     null when the item does not say
   * @param rows the rows in file order
   * @param columns every column any row has
   */
  public record Dataset(
      String label, String nationalName, List<ResultBoxRow> rows, Set<String> columns) {}

  /**
   * A bar chart of the box: the columns it draws. One column is a simple bar, several are stacked
   * segments; {@code annualVar} are the yearly dots, {@code errorBars} the CI columns, {@code
   * lollipopVar} a marker drawn on the bar.
   */
  public record BarChart(
      String dataset,
      List<String> x,
      List<String> annualVar,
      List<String> errorBars,
      List<String> lollipopVar) {

    static BarChart of(Map<String, Object> object) {
      return new BarChart(
          object.get("data") instanceof String s ? s : null,
          strings(object.get("x")),
          strings(object.get("annualVar")),
          strings(object.get("errorBars")),
          strings(object.get("lollipopVar")));
    }

    /** Every column the chart draws. */
    public Set<String> columns() {
      Set<String> all = new LinkedHashSet<>(x);
      all.addAll(annualVar);
      all.addAll(errorBars);
      all.addAll(lollipopVar);
      return all;
    }

    private static List<String> strings(Object value) {
      if (value instanceof String s) {
        return List.of(s);
      }
      List<String> list = new ArrayList<>();
      if (value instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof String s) {
            list.add(s);
          }
        }
      }
      return List.copyOf(list);
    }
  }
}
