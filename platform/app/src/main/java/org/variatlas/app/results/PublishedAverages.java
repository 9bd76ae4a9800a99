package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.variatlas.app.loads.PublishedRow;

/**
 * The multi-year view of figures published for single years only (as Helseatlas' InstantAtlas
 * reports did, 2013, 2014, ... 2017): one more period, the whole span, whose rows are the yearly
 * averages of events and population and the population-weighted mean of the published yearly rates
 * (the plain mean where no population is published). It has no confidence interval, as the source
 * gives none.
 *
 * <p>An area gets an average only where every year of the span has a figure and no year's count is
 * below the small-number threshold; otherwise its average is withheld, so that no suppressed or
 * missing year can be worked out from the average and the other years. Sources that publish
 * multi-year periods themselves, or fewer than two consecutive years, are left as they are.
 */
final class PublishedAverages {

  private PublishedAverages() {}

  /** The rows plus the span's average rows, where the source has single years only. */
  static List<PublishedRow> with(List<PublishedRow> rows, int threshold) {
    if (rows.isEmpty() || rows.stream().anyMatch(r -> r.periodFrom() != r.periodTo())) {
      return rows;
    }
    TreeSet<Integer> years = new TreeSet<>();
    rows.forEach(r -> years.add(r.periodFrom()));
    int first = years.first();
    int last = years.last();
    if (years.size() < 2 || years.size() != last - first + 1) {
      return rows;
    }
    Map<String, TreeMap<Integer, PublishedRow>> series = new LinkedHashMap<>();
    for (PublishedRow r : rows) {
      series
          .computeIfAbsent(
              r.level() + "|" + r.areaCode() + "|" + r.category(), k -> new TreeMap<>())
          .put(r.periodFrom(), r);
    }
    List<PublishedRow> out = new ArrayList<>(rows);
    for (TreeMap<Integer, PublishedRow> byYear : series.values()) {
      out.add(average(byYear, years.size(), first, last, threshold));
    }
    return out;
  }

  private static PublishedRow average(
      TreeMap<Integer, PublishedRow> byYear, int years, int first, int last, int threshold) {
    PublishedRow any = byYear.firstEntry().getValue();
    boolean complete =
        byYear.size() == years
            && byYear.values().stream()
                .allMatch(
                    r ->
                        r.value() != null && (r.numerator() == null || r.numerator() >= threshold));
    if (!complete) {
      return row(any, first, last, null, null, null);
    }
    Double numerator = mean(byYear, PublishedRow::numerator);
    Double denominator = mean(byYear, PublishedRow::denominator);
    double weighted = 0;
    double weights = 0;
    double plain = 0;
    boolean populations = byYear.values().stream().allMatch(r -> r.denominator() != null);
    for (PublishedRow r : byYear.values()) {
      plain += r.value();
      if (populations) {
        weighted += r.value() * r.denominator();
        weights += r.denominator();
      }
    }
    double value = populations && weights > 0 ? weighted / weights : plain / years;
    return row(any, first, last, value, numerator, denominator);
  }

  private static Double mean(
      TreeMap<Integer, PublishedRow> byYear,
      java.util.function.Function<PublishedRow, Double> field) {
    double sum = 0;
    for (PublishedRow r : byYear.values()) {
      Double v = field.apply(r);
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum / byYear.size();
  }

  private static PublishedRow row(
      PublishedRow like, int first, int last, Double value, Double numerator, Double denominator) {
    return new PublishedRow(
        like.indicatorId(),
        like.level(),
        like.areaCode(),
        first,
        last,
        like.category(),
        value,
        numerator,
        denominator,
        null,
        null,
        like.where());
  }
}
