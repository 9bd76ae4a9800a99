package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.sdk.io.CsvWriter;

/**
 * The results of one level and period as a table (areas, then the national row). One column model
 * serves the HTTP API (all {@link Column}s) and the indicator page's table and its CSV download (a
 * subset), so that what is shown and what is downloaded never differ. Suppressed rows carry no
 * figure at all: no count, population, value, interval or significance.
 */
public record ResultTable(IndicatorResults results, List<AreaResult> rows) {

  /** A column: its name in JSON and CSV, and how a row's cell is read. */
  public enum Column {
    AREA("area", (t, a) -> a.area().name()),
    CODE("code", (t, a) -> a.area().code()),
    YEAR_OR_PERIOD("year_or_period", (t, a) -> t.results().period().toString()),
    EVENTS("events", (t, a) -> a.suppressed() ? null : a.events()),
    POPULATION("population", (t, a) -> a.suppressed() ? null : a.population()),
    CRUDE("crude", (t, a) -> a.suppressed() ? null : a.crude()),
    VALUE("value", (t, a) -> a.suppressed() ? null : a.value()),
    LOWER95("lower95", (t, a) -> a.suppressed() ? null : a.lower95()),
    UPPER95("upper95", (t, a) -> a.suppressed() ? null : a.upper95()),
    LOWER998("lower998", (t, a) -> a.suppressed() ? null : a.lower998()),
    UPPER998("upper998", (t, a) -> a.suppressed() ? null : a.upper998()),
    SIGNIFICANCE(
        "significance",
        (t, a) -> a.area().isNational() || a.suppressed() ? null : a.comparison().name()),
    SUPPRESSED("suppressed", (t, a) -> a.suppressed());

    private final String id;
    private final BiFunction<ResultTable, AreaResult, Object> cell;

    Column(String id, BiFunction<ResultTable, AreaResult, Object> cell) {
      this.id = id;
      this.cell = cell;
    }

    public String id() {
      return id;
    }

    /** The cell of a row: a String, Double, Boolean or null. */
    public Object cell(ResultTable table, AreaResult row) {
      return cell.apply(table, row);
    }
  }

  /** Areas in the given order, then the national row. */
  public static ResultTable of(IndicatorResults results) {
    return of(results, results.areas());
  }

  /** The given areas (e.g. as sorted on screen), then the national row. */
  public static ResultTable of(IndicatorResults results, List<AreaResult> areas) {
    List<AreaResult> rows = new ArrayList<>(areas);
    if (results.national() != null) {
      rows.add(results.national());
    }
    return new ResultTable(results, List.copyOf(rows));
  }

  /** One row for the JSON API, with every column. */
  public ResultJson json(AreaResult a) {
    return ResultJson.of(this, a);
  }

  /** The table as CSV with every column (RFC 4180, full double precision, empty = missing). */
  public String csv() {
    return csv(List.of(Column.values()));
  }

  /** The table as CSV with the given columns. */
  public String csv(List<Column> columns) {
    return CsvWriter.toText(
        CsvWriter.Lines.CRLF,
        csv -> {
          csv.row(columns.stream().map(Column::id).toList());
          for (AreaResult a : rows) {
            csv.row(columns.stream().map(c -> c.cell(this, a)).toArray());
          }
        });
  }
}
