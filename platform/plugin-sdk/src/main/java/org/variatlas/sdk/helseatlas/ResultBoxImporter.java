package org.variatlas.sdk.helseatlas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.SourceLocation;

/**
 * Writes the figures a {@link PublishedSeries} names as {@link PublishedValue}s: per row of the
 * table the period value (with limits, numerator and denominator), one value per year, and one
 * value per stacked part. Area names go out exactly as the file writes them; the platform matches
 * them to its areas and reports those it cannot match.
 *
 * <p>A column the series names but the table lacks stops the file ({@code unknown-column}): the
 * series and the file disagree. A bad or missing value in a row is reported through {@link
 * LoadContext#problem} and the other rows are still read, so that one run lists every problem.
 */
public final class ResultBoxImporter {

  private ResultBoxImporter() {}

  /**
   * Imports the figures of many indicators, reading each file once.
   *
   * @param directory the atlas' data directory relative to the data directory, e.g. {@code
   *     helseatlas/atlas_v2/data/barn2025}
   * @return the number of values written
   * @throws SourceProblemException ({@code unknown-level}) when the geography lacks a level the
   *     indicators need, or for a file that cannot be read or does not fit its series
   */
  public static int publishAll(
      LoadContext context, LoadSink sink, String directory, List<ResultBoxIndicator> indicators) {
    requireLevels(context, directory, indicators);
    Map<String, List<PublishedSeries>> byFile = new LinkedHashMap<>();
    for (ResultBoxIndicator indicator : indicators) {
      byFile.computeIfAbsent(indicator.file(), f -> new ArrayList<>()).add(indicator.series());
    }
    int written = 0;
    for (Map.Entry<String, List<PublishedSeries>> entry : byFile.entrySet()) {
      String path = directory + "/" + entry.getKey();
      ResultBoxFile file = ResultBoxFile.read(context.resolve(path), path);
      for (PublishedSeries series : entry.getValue()) {
        written += publish(file, series, context, sink);
      }
      context.progress("read " + path);
    }
    return written;
  }

  /**
   * Stops before reading anything when the geography lacks a level the series need, with one
   * problem that names the level and the indicators, rather than one per row.
   */
  private static void requireLevels(
      LoadContext context, String directory, List<ResultBoxIndicator> indicators) {
    Map<String, List<String>> missing = new TreeMap<>();
    List<String> levels = context.geography().levels();
    for (ResultBoxIndicator indicator : indicators) {
      Set<String> needed = new TreeSet<>(indicator.series().otherLevels().values());
      needed.add(indicator.series().level());
      for (String level : needed) {
        if (!levels.contains(level)) {
          missing.computeIfAbsent(level, l -> new ArrayList<>()).add(indicator.definition().id());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new SourceProblemException(
          SourceLocation.file(directory),
          "unknown-level",
          "the geography pack has no area level "
              + missing.keySet()
              + " (it has "
              + levels
              + "), which these indicators need: "
              + missing);
    }
  }

  /**
   * Imports one series of a file.
   *
   * @return the number of values written
   * @throws SourceProblemException ({@code unknown-dataset}, {@code unknown-column})
   */
  public static int publish(
      ResultBoxFile file, PublishedSeries series, LoadContext context, LoadSink sink) {
    ResultBoxFile.Dataset dataset = file.dataset(series.dataset());
    List<String> missing = new ArrayList<>(series.columns());
    missing.removeAll(dataset.columns());
    if (!missing.isEmpty()) {
      throw new SourceProblemException(
          SourceLocation.file(file.name()),
          "unknown-column",
          "table '"
              + dataset.label()
              + "' has no column(s) "
              + missing
              + " for indicator '"
              + series.indicatorId()
              + "'; it has "
              + dataset.columns());
    }
    int written = 0;
    for (ResultBoxRow row : dataset.rows()) {
      try {
        written += publishRow(row, series, sink);
      } catch (SourceProblemException e) {
        context.problem(e.problem());
      }
    }
    return written;
  }

  private static int publishRow(ResultBoxRow row, PublishedSeries series, LoadSink sink) {
    String level = series.levelOf(row.area());
    Period period = series.period();
    List<PublishedValue> values = new ArrayList<>();
    values.add(
        value(
            row,
            series,
            level,
            period,
            null,
            series.value(),
            new Figures(
                number(row, series.numerator()),
                number(row, series.denominator()),
                number(row, series.lower95()),
                number(row, series.upper95()))));
    if (!period.isSingleYear() && series.yearlyValue() != null) {
      for (int year = period.from(); year <= period.to(); year++) {
        values.add(
            value(
                row,
                series,
                level,
                Period.year(year),
                null,
                PublishedSeries.column(series.yearlyValue(), year),
                new Figures(
                    number(row, PublishedSeries.column(series.yearlyNumerator(), year)),
                    number(row, PublishedSeries.column(series.yearlyDenominator(), year)),
                    null,
                    null)));
      }
    }
    for (Map.Entry<String, String> part : series.categories().entrySet()) {
      values.add(value(row, series, level, period, part.getKey(), part.getValue(), Figures.NONE));
    }
    // Only a row read without problems is written: half a row would be worse than none.
    values.forEach(sink::published);
    return values.size();
  }

  /** What a publisher may print beside a value; {@code null} where it does not. */
  private record Figures(Double numerator, Double denominator, Double lower95, Double upper95) {
    static final Figures NONE = new Figures(null, null, null, null);
  }

  /** The value in {@code column} of a row, located at that cell, with the figures beside it. */
  private static PublishedValue value(
      ResultBoxRow row,
      PublishedSeries series,
      String level,
      Period period,
      String category,
      String column,
      Figures figures) {
    return new PublishedValue(
        series.indicatorId(),
        level,
        row.area(),
        period,
        category,
        row.requireNumber(column),
        figures.numerator(),
        figures.denominator(),
        figures.lower95(),
        figures.upper95(),
        row.location(column));
  }

  private static Double number(ResultBoxRow row, String column) {
    return column == null ? null : row.number(column);
  }
}
