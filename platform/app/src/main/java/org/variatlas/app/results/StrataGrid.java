package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.engine.standardisation.Strata;

/**
 * Dense strata of one level: every area has every (sex, band) stratum; events (per category) and
 * population per year, so that any period within the span sums its own years.
 */
final class StrataGrid {
  private final List<String> areaCodes = new ArrayList<>();
  private final Map<String, Integer> areaIndex = new HashMap<>();
  private final List<Sex> sexes;
  private final int ageFrom;
  private final int width;
  private final int bands;
  private final Period span;
  private final Map<String, List<double[]>> events = new HashMap<>(); // category -> per area
  private final List<double[]> population = new ArrayList<>();

  /**
   * @param areaCodes the level's areas in display order; areas met only in the data are added after
   *     them
   */
  StrataGrid(List<String> areaCodes, PopulationFilter filter, int width, Period span) {
    this.sexes = filter.sexes().stream().sorted().toList();
    this.ageFrom = filter.ageFrom();
    this.width = width;
    this.bands = (filter.ageTo() - filter.ageFrom()) / width + 1;
    this.span = span;
    areaCodes.forEach(this::area);
  }

  List<String> areaCodes() {
    return List.copyOf(areaCodes);
  }

  int strataCount() {
    return sexes.size() * bands;
  }

  int stratum(Sex sex, int bandFrom) {
    int i = sexes.indexOf(sex);
    int band = (bandFrom - ageFrom) / width;
    return i < 0 || band < 0 || band >= bands ? -1 : i * bands + band;
  }

  int bandFrom(int stratum) {
    return ageFrom + (stratum % bands) * width;
  }

  private int area(String code) {
    return areaIndex.computeIfAbsent(
        code,
        c -> {
          areaCodes.add(c);
          return areaCodes.size() - 1;
        });
  }

  /** The row of an area's cells in a table, created (all zero) on first use. */
  private double[] cells(List<double[]> table, int area) {
    while (table.size() <= area) {
      table.add(new double[span.years() * strataCount()]);
    }
    return table.get(area);
  }

  private int column(int year, int stratum) {
    return (year - span.from()) * strataCount() + stratum;
  }

  void addPopulation(String code, int year, Sex sex, int bandFrom, long persons) {
    int s = stratum(sex, bandFrom);
    if (s >= 0 && span.contains(year)) {
      cells(population, area(code))[column(year, s)] += persons;
    }
  }

  void addEvents(String code, int year, Sex sex, int bandFrom, String category, long count) {
    int s = stratum(sex, bandFrom);
    if (s < 0 || !span.contains(year)) {
      return;
    }
    int a = area(code);
    for (String key : category.isEmpty() ? List.of("") : List.of("", category)) {
      cells(events.computeIfAbsent(key, k -> new ArrayList<>()), a)[column(year, s)] += count;
    }
  }

  /** The strata of a period (summed over its years) for the total (null) or one category. */
  Strata strata(Period period, String category, double[] weights) {
    int areas = areaCodes.size();
    int strataCount = strataCount();
    List<double[]> table =
        events.computeIfAbsent(category == null ? "" : category, k -> new ArrayList<>());
    int[] offsets = new int[areas + 1];
    int[] stratum = new int[areas * strataCount];
    double[] e = new double[areas * strataCount];
    double[] n = new double[areas * strataCount];
    double[] w = new double[areas * strataCount];
    for (int a = 0; a < areas; a++) {
      offsets[a] = a * strataCount;
      double[] areaEvents = cells(table, a);
      double[] areaPopulation = cells(population, a);
      for (int s = 0; s < strataCount; s++) {
        int row = a * strataCount + s;
        stratum[row] = s;
        w[row] = weights[s];
        for (int y = period.from(); y <= period.to(); y++) {
          e[row] += areaEvents[column(y, s)];
          n[row] += areaPopulation[column(y, s)];
        }
      }
    }
    offsets[areas] = areas * strataCount;
    return Strata.of(offsets, stratum, e, n, w);
  }
}
