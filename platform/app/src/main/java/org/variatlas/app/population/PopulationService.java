package org.variatlas.app.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.variatlas.api.Population;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.app.areas.Area;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.MappingVersion;
import org.variatlas.app.loads.LoadRunApplied;

/**
 * Population figures for rates, the HTTP API and plugins. All of them are computed in SQL from the
 * loaded population and the pack's mapping tables (see {@link PopulationRepository}).
 *
 * <p>For the results pipeline:
 *
 * <pre>{@code
 * // denominators by area x year x sex x 5-year band (hf, 2022-2024, ages 0-18):
 * List<PopulationStratum> strata = population.strata("hf", Period.of(2022, 2024),
 *     PopulationFilter.ages(0, 18), 5, null);           // null = the pack's default mapping
 * List<PopulationStratum> national = population.nationalStrata(Period.of(2022, 2024),
 *     PopulationFilter.ages(0, 18), 5);                 // area "8888"
 * // Helseatlas' standard population: Norway's shares by sex x band in the reference year
 * List<ReferenceShare> weights = population.referenceShares(2022, PopulationFilter.ages(0, 18), 5);
 * }</pre>
 */
@Service
public class PopulationService {

  private final PopulationRepository repository;
  private final GeographyPack pack;

  // The base units' population by (population load run) and the levels rolled up from it by
  // (run, mapping version, level): keyed on the latest applied population load in load_run (any
  // instance's), so that a cube read before a population load is never read again.
  private final Map<List<Object>, PopulationCube> cubes = new ConcurrentHashMap<>();

  public PopulationService(PopulationRepository repository, GeographyPack pack) {
    this.repository = repository;
    this.pack = pack;
  }

  /**
   * The yearly average population of every area of a level over a period, in the pack's display
   * order, then the whole country (from SSB's national figures, named Norge/Noreg/Norway).
   *
   * @param mapping a mapping version id, or null for the pack's default
   * @throws IllegalArgumentException for an unknown level or mapping version
   */
  public List<AreaPopulation> averages(
      String level, Period period, PopulationFilter filter, String mapping, Locale language) {
    MappingVersion version = pack.version(mapping);
    requireLevel(level);
    Map<String, Long> totals = repository.totals(version.id(), level, period, filter);
    List<AreaPopulation> out = new ArrayList<>();
    if (!AreaRef.NATIONAL_LEVEL.equals(level)) {
      for (Area area : pack.areas(level)) {
        Long total = totals.get(area.code());
        if (total != null) {
          out.add(
              new AreaPopulation(
                  level, area.code(), area.name(language), (double) total / period.years()));
        }
      }
    }
    Area national = pack.national();
    out.add(
        new AreaPopulation(
            AreaRef.NATIONAL_LEVEL,
            national.code(),
            national.name(language),
            (double) repository.nationalTotal(period, filter) / period.years()));
    return out;
  }

  /**
   * Residents by area x year x sex x age band for a level: the denominators of rates and the strata
   * of standardisation. Bands are {@code ageBandWidth} years wide from the filter's lowest age
   * (0-4, 5-9, ..., the last ending at the filter's highest age).
   *
   * @param mapping a mapping version id, or null for the pack's default
   */
  public List<PopulationStratum> strata(
      String level, Period period, PopulationFilter filter, int ageBandWidth, String mapping) {
    requireLevel(level);
    if (AreaRef.NATIONAL_LEVEL.equals(level)) {
      return nationalStrata(period, filter, ageBandWidth);
    }
    MappingVersion version = pack.version(mapping);
    long run = repository.appliedRun();
    PopulationCube units = baseUnits(run);
    PopulationCube cube =
        cubes.computeIfAbsent(
            List.of(run, version.id(), level),
            k ->
                PopulationCube.rollUp(
                    units, version.all().stream().filter(a -> a.level().equals(level)).toList()));
    return cube.strata(period, filter, requireWidth(ageBandWidth));
  }

  /**
   * The base units' population of a population load run, read from the database once per run and
   * shared by every reader (rates' strata, the plugins' {@link DatabasePopulation}).
   */
  private PopulationCube baseUnits(long run) {
    List<Object> key = List.of(run);
    PopulationCube cube = cubes.get(key);
    if (cube == null) {
      // A newer load: the cubes of older runs are never asked for again.
      cubes.keySet().removeIf(k -> !k.get(0).equals(run));
      cube =
          cubes.computeIfAbsent(
              key, k -> repository.baseUnits(List.copyOf(pack.baseUnits().keySet())));
    }
    return cube;
  }

  /**
   * Every population cell of the years that the filter admits, ordered by base unit, year, sex and
   * age, from the latest population load's cube in memory (plugins' synthetic generators read it at
   * every start: a database read each would cost seconds of waits).
   */
  void forEach(
      int fromYear, int toYear, PopulationFilter filter, Population.CellConsumer consumer) {
    baseUnits(repository.appliedRun()).forEach(fromYear, toYear, filter, consumer);
  }

  /** The population changed: free the old cubes at once rather than at the next request. */
  @EventListener
  public void onLoad(LoadRunApplied event) {
    if (event.isPopulation()) {
      cubes.clear();
    }
  }

  /** As {@link #strata} for the whole country (area {@code 8888}), from SSB's national figures. */
  public List<PopulationStratum> nationalStrata(
      Period period, PopulationFilter filter, int ageBandWidth) {
    return repository.nationalStrata(period, filter, requireWidth(ageBandWidth));
  }

  /**
   * Helseatlas' standard population: the whole country's residents in a reference year by sex x age
   * band, with each stratum's share of the total the filter admits.
   */
  public List<ReferenceShare> referenceShares(int year, PopulationFilter filter, int ageBandWidth) {
    List<PopulationStratum> strata = nationalStrata(Period.year(year), filter, ageBandWidth);
    long total = strata.stream().mapToLong(PopulationStratum::persons).sum();
    if (total == 0) {
      throw new IllegalStateException(
          "no national population for " + year + " (is the population loaded?)");
    }
    return strata.stream()
        .map(
            s ->
                new ReferenceShare(
                    s.sex(), s.ageFrom(), s.ageTo(), s.persons(), (double) s.persons() / total))
        .toList();
  }

  /** The first and last year with population, or null before the first load. */
  public Period years() {
    return repository.years();
  }

  private void requireLevel(String level) {
    if (pack.level(level).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown level '"
              + level
              + "'; the pack has "
              + pack.levels().stream().map(l -> l.id()).toList());
    }
  }

  private static int requireWidth(int width) {
    if (width < 1) {
      throw new IllegalArgumentException("an age band must be at least one year wide: " + width);
    }
    return width;
  }
}
