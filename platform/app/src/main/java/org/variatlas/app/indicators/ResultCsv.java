package org.variatlas.app.indicators;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.app.i18n.Formats;

/**
 * The table as a spreadsheet reads it, in the page's language: a UTF-8 byte order mark (so that
 * Excel shows æ, ø and å), rows that say what the figures are (indicator, unit, period, level,
 * source, small-number rule, date), then one row per area as the table shows it and the national
 * row: values rounded as displayed, then the same values unrounded. Norwegian files use a semicolon
 * and a decimal comma, English ones a comma and a decimal point.
 */
final class ResultCsv {

  static final String BOM = "\uFEFF";

  /** A number column: header key, how a row's value is read, and whether it is a count. */
  private record NumberColumn(String key, Function<AreaResult, Double> value, boolean count) {}

  private static final List<NumberColumn> NUMBERS =
      List.of(
          new NumberColumn("indicator.table.events", AreaResult::events, true),
          new NumberColumn("indicator.table.population", AreaResult::population, true),
          new NumberColumn("indicator.table.crude", AreaResult::crude, false),
          new NumberColumn("indicator.table.value", AreaResult::value, false),
          new NumberColumn("indicator.csv.lower95", AreaResult::lower95, false),
          new NumberColumn("indicator.csv.upper95", AreaResult::upper95, false));

  private final IndicatorPage page;
  private final IndicatorResults results;
  private final Component texts;
  private final int decimals;
  private final boolean english;

  ResultCsv(IndicatorPage page, IndicatorResults results, Component texts) {
    this.page = page;
    this.results = results;
    this.texts = texts;
    this.decimals = IndicatorAbout.decimals(results);
    this.english = "en".equals(page.locale().getLanguage());
  }

  /** The file for the rows in the order shown, the national row last. */
  String csv(List<AreaResult> shown, LocalDate today) {
    StringBuilder out = new StringBuilder(BOM);
    for (List<String> meta : metadata(today)) {
      line(out, meta);
    }
    line(out, List.of());
    line(out, header());
    List<AreaResult> rows = new ArrayList<>(shown);
    if (results.national() != null) {
      rows.add(results.national());
    }
    for (AreaResult a : rows) {
      line(out, row(a));
    }
    return out.toString();
  }

  private List<List<String>> metadata(LocalDate today) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t("indicator.csv.indicator"), page.title()));
    rows.add(List.of(t("indicator.csv.unit"), page.unit(texts)));
    rows.add(List.of(t("indicator.period"), page.periodLabel(texts, page.period())));
    rows.add(List.of(t("indicator.level"), page.levelTitle(page.level())));
    if (page.source() != null) {
      rows.add(List.of(t("indicator.source"), page.source()));
    }
    int threshold = page.indicator().suppressionThreshold();
    if (threshold > 0) {
      rows.add(
          List.of(
              t("indicator.csv.suppression"),
              texts.getTranslation("indicator.suppression", threshold)));
    }
    if (page.indicator().synthetic()) {
      rows.add(List.of(t("indicator.csv.note"), t("indicator.csv.synthetic")));
    }
    rows.add(List.of(t("indicator.csv.date"), Formats.date(today, page.locale())));
    return rows;
  }

  private List<String> header() {
    List<String> header = new ArrayList<>();
    header.add(t("indicator.table.area"));
    NUMBERS.forEach(c -> header.add(t(c.key())));
    header.add(t("indicator.table.significance"));
    header.add(t("indicator.csv.note"));
    NUMBERS.forEach(c -> header.add(texts.getTranslation("indicator.csv.unrounded", t(c.key()))));
    return header;
  }

  private List<String> row(AreaResult a) {
    List<String> cells = new ArrayList<>();
    cells.add(a.area().name());
    for (NumberColumn c : NUMBERS) {
      cells.add(rounded(a.suppressed() ? null : c.value().apply(a), c.count() ? 0 : decimals));
    }
    cells.add(a.area().isNational() ? "" : ResultGrid.comparison(a, texts));
    cells.add(note(a));
    for (NumberColumn c : NUMBERS) {
      cells.add(plain(a.suppressed() ? null : c.value().apply(a)));
    }
    return cells;
  }

  private String note(AreaResult a) {
    if (a.suppressed()) {
      int threshold = page.indicator().suppressionThreshold();
      return threshold > 0
          ? texts.getTranslation("kit.chart.suppressedBelow", threshold)
          : t("kit.chart.suppressed");
    }
    return a.value() == null ? t("kit.chart.noData") : "";
  }

  private String rounded(Double v, int places) {
    if (v == null || v.isNaN()) {
      return "";
    }
    // As the table rounds (NumberStyle): the same format, without grouping.
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.ROOT);
    format.setMinimumFractionDigits(places);
    format.setMaximumFractionDigits(places);
    format.setGroupingUsed(false);
    String text = format.format(v);
    return english ? text : text.replace('.', ',');
  }

  private String plain(Double v) {
    return v == null || v.isNaN() ? "" : decimal(BigDecimal.valueOf(v).stripTrailingZeros());
  }

  private String decimal(BigDecimal v) {
    String text = v.toPlainString();
    return english ? text : text.replace('.', ',');
  }

  private void line(StringBuilder out, List<String> cells) {
    char separator = english ? ',' : ';';
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      boolean quote =
          cell.indexOf(separator) >= 0
              || cell.indexOf('"') >= 0
              || cell.indexOf('\n') >= 0
              || cell.indexOf('\r') >= 0;
      quoted.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
    }
    out.append(String.join(String.valueOf(separator), quoted)).append("\r\n");
  }

  private String t(String key) {
    return texts.getTranslation(key);
  }

  /** The file's name: topic, indicator, level and period, in plain letters. */
  String fileName() {
    return (page.topic().id()
            + "-"
            + page.indicator().id()
            + "-"
            + page.level()
            + "-"
            + page.period()
            + "-"
            + page.locale().getLanguage()
            + ".csv")
        .toLowerCase(Locale.ROOT);
  }
}
