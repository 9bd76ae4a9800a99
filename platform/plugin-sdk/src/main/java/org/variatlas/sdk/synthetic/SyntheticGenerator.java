package org.variatlas.sdk.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.SourceLocation;

/**
 * Makes deterministic synthetic counts on the platform's real population whose totals per area and
 * year are given, typically the published ones, for demonstrating computed indicators where no
 * registry extract may be published.
 *
 * <p>Method, per area and year: the given total is apportioned over the area's population cells
 * (base unit x sex x single-year age) in proportion to {@code persons x profile weight}, by the
 * largest-remainder method ({@link Apportionment}), first over sex x five-year age band and then
 * within each band. The counts therefore add up exactly to the total, follow the age and sex
 * profile, and are the same on every run. Where only a period average is published, the period
 * total {@code round(average x years)} is first split over the years in proportion to {@code
 * published yearly rate x the area's population in that year} ({@link #splitPeriod}).
 *
 * <pre>{@code
 * SyntheticGenerator generator =
 *     new SyntheticGenerator(context, "hf19", Period.of(2022, 2024), PopulationFilter.ages(0, 18));
 * generator.periodAverage("admissions", "Finnmark", 823.333, yearlyRates, profile, where, sink);
 * }</pre>
 */
public final class SyntheticGenerator {

  /** The age bands of the first apportioning step, as Helseatlas standardises (years). */
  private static final int BAND_WIDTH = 5;

  private final LoadContext context;
  private final String level;
  private final Period years;
  private final PopulationGrid grid;

  /**
   * Reads the population the generator allocates over.
   *
   * @param level the area level the totals are for
   * @param years the years to read
   * @param filter the residents the events can happen to (age range, sexes)
   */
  public SyntheticGenerator(
      LoadContext context, String level, Period years, PopulationFilter filter) {
    this.context = context;
    this.level = level;
    this.years = years;
    this.grid =
        PopulationGrid.read(
            context.population(), context.geography(), level, years.from(), years.to(), filter);
  }

  public PopulationGrid grid() {
    return grid;
  }

  /**
   * The per-person rate profile that reproduces a national age distribution of counts on the
   * population read (e.g. Helseatlas' "patients by age, girls/boys" line charts).
   */
  public AgeSexProfile profileFromCounts(double[][] countsBySexAndAge) {
    return AgeSexProfile.fromCounts(countsBySexAndAge, grid.personsBySexAndAge());
  }

  /**
   * Finds the area a source names, through the platform's matching (aliases included); reports
   * {@code unknown-area} at {@code where} when there is none.
   */
  public Optional<AreaRef> area(String name, SourceLocation where) {
    Optional<AreaRef> area = context.geography().findArea(level, name);
    if (area.isEmpty()) {
      context.problem(
          where,
          "unknown-area",
          "no area of level '" + level + "' is called '" + name + "'; cannot place its events");
    }
    return area;
  }

  /**
   * Writes counts of one area and year that add up to {@code events}: apportioned first over sex x
   * five-year age band, then within each band over base units and single-year ages, each step in
   * proportion to persons x profile weight by the largest-remainder method. The first step keeps
   * the age and sex distribution that standardisation sees even when the total is small against the
   * number of cells (one step over all cells would give the units to the largest cells only).
   *
   * @return the events written (equal to {@code events} unless a problem was reported)
   */
  public long yearly(
      String measureId,
      AreaRef area,
      int year,
      long events,
      AgeSexProfile profile,
      SourceLocation where,
      LoadSink sink) {
    Map<String, List<PopulationGrid.Cell>> bands = new TreeMap<>();
    for (PopulationGrid.Cell cell : grid.cells(area.code(), year)) {
      String band = cell.sex().ordinal() + "/" + (100 + cell.age() / BAND_WIDTH);
      bands.computeIfAbsent(band, b -> new ArrayList<>()).add(cell);
    }
    List<List<PopulationGrid.Cell>> groups = new ArrayList<>(bands.values());
    double[] bandWeights = new double[groups.size()];
    for (int i = 0; i < bandWeights.length; i++) {
      bandWeights[i] = Arrays.stream(weights(groups.get(i), profile)).sum();
    }
    if (events > 0 && Arrays.stream(bandWeights).sum() <= 0) {
      context.problem(
          where,
          "no-population",
          "area "
              + area.name()
              + " has no residents in "
              + year
              + " whom the profile gives events; cannot place "
              + events
              + " events");
      return 0;
    }
    long[] perBand = Apportionment.largestRemainder(events, bandWeights);
    long written = 0;
    for (int b = 0; b < perBand.length; b++) {
      if (perBand[b] == 0) {
        continue;
      }
      List<PopulationGrid.Cell> cells = groups.get(b);
      long[] counts = Apportionment.largestRemainder(perBand[b], weights(cells, profile));
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          PopulationGrid.Cell cell = cells.get(i);
          sink.count(
              measureId, cell.baseUnit(), year, cell.sex(), cell.age(), null, counts[i], where);
          written += counts[i];
        }
      }
    }
    return written;
  }

  private static double[] weights(List<PopulationGrid.Cell> cells, AgeSexProfile profile) {
    double[] weights = new double[cells.size()];
    for (int i = 0; i < weights.length; i++) {
      PopulationGrid.Cell cell = cells.get(i);
      weights[i] = cell.persons() * profile.weight(cell.sex(), cell.age());
    }
    return weights;
  }

  /**
   * Splits a period total over its years: {@code round(yearlyAverage x years)} apportioned in
   * proportion to each year's published rate times the area's population that year (population
   * alone where a year's rate is missing).
   *
   * @param yearlyRates the published (adjusted) rate of each year, any unit
   * @return events per year, summing to the period total
   */
  public Map<Integer, Long> splitPeriod(
      AreaRef area, double yearlyAverage, Map<Integer, Double> yearlyRates) {
    long total = Math.round(yearlyAverage * years.years());
    double[] weights = new double[years.years()];
    for (int i = 0; i < weights.length; i++) {
      int year = years.from() + i;
      Double rate = yearlyRates.get(year);
      weights[i] = grid.persons(area.code(), year) * (rate == null || rate < 0 ? 1 : rate);
    }
    if (total > 0 && Arrays.stream(weights).sum() <= 0) {
      Arrays.fill(weights, 1);
    }
    long[] parts = Apportionment.largestRemainder(total, weights);
    Map<Integer, Long> byYear = new TreeMap<>();
    for (int i = 0; i < parts.length; i++) {
      byYear.put(years.from() + i, parts[i]);
    }
    return byYear;
  }

  /**
   * Writes counts of an area whose period total equals {@code yearlyAverage x years} (rounded),
   * split over the years with {@link #splitPeriod}.
   *
   * @return the events written
   */
  public long periodAverage(
      String measureId,
      String areaName,
      double yearlyAverage,
      Map<Integer, Double> yearlyRates,
      AgeSexProfile profile,
      SourceLocation where,
      LoadSink sink) {
    Optional<AreaRef> area = area(areaName, where);
    if (area.isEmpty()) {
      return 0;
    }
    long written = 0;
    for (Map.Entry<Integer, Long> year :
        splitPeriod(area.get(), yearlyAverage, yearlyRates).entrySet()) {
      written +=
          yearly(measureId, area.get(), year.getKey(), year.getValue(), profile, where, sink);
    }
    return written;
  }
}
