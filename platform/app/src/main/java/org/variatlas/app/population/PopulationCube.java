package org.variatlas.app.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.variatlas.api.Population;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.app.areas.MappingVersion;

/**
 * The population by area (or base unit), year, sex and single-year age, held in memory: the base
 * units' cube is read once per population load and each level of a mapping version rolled up from
 * it ({@link #rollUp}), so that the strata of every indicator are sums over an array rather than a
 * roll-up of millions of rows each.
 */
final class PopulationCube {

  private static final int AGES = PopulationFilter.MAX_AGE + 1;
  private static final int SEXES = Sex.values().length;

  private final List<String> areas;
  private final int firstYear;
  private final int years;
  private final long[] persons;
  private final boolean[] present;

  PopulationCube(List<String> areas, int firstYear, int years) {
    this.areas = List.copyOf(areas);
    this.firstYear = firstYear;
    this.years = years;
    this.persons = new long[areas.size() * years * SEXES * AGES];
    this.present = new boolean[persons.length];
  }

  void add(int area, int year, Sex sex, int age, long n) {
    int i = index(area, year - firstYear, sex.ordinal(), age);
    persons[i] += n;
    present[i] = true;
  }

  /**
   * The areas of a level from the base units' cube: each base unit's cells in the years of its
   * assignments to an area, summed (the roll-up the mapping table defines, done in memory).
   *
   * @param assignments the mapping version's assignments of base units to the level's areas
   */
  static PopulationCube rollUp(PopulationCube units, List<MappingVersion.Assignment> assignments) {
    List<String> codes =
        assignments.stream().map(MappingVersion.Assignment::area).distinct().sorted().toList();
    Map<String, Integer> areaIndex = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      areaIndex.put(codes.get(i), i);
    }
    Map<String, Integer> unitIndex = new HashMap<>();
    for (int i = 0; i < units.areas.size(); i++) {
      unitIndex.put(units.areas.get(i), i);
    }
    PopulationCube cube = new PopulationCube(codes, units.firstYear, units.years);
    int cells = SEXES * AGES;
    for (MappingVersion.Assignment a : assignments) {
      Integer unit = unitIndex.get(a.baseUnit());
      if (unit == null) {
        continue;
      }
      int area = areaIndex.get(a.area());
      int from = Math.max(a.fromYear(), units.firstYear) - units.firstYear;
      int to = Math.min(a.toYear(), units.firstYear + units.years - 1) - units.firstYear;
      for (int y = from; y <= to; y++) {
        int source = units.index(unit, y, 0, 0);
        int target = cube.index(area, y, 0, 0);
        for (int c = 0; c < cells; c++) {
          cube.persons[target + c] += units.persons[source + c];
          cube.present[target + c] |= units.present[source + c];
        }
      }
    }
    return cube;
  }

  /**
   * The present cells of the years that the filter admits, ordered by area code, year, sex code and
   * age (as {@link Population#forEach} promises and the population table's key orders them).
   */
  void forEach(
      int fromYear, int toYear, PopulationFilter filter, Population.CellConsumer consumer) {
    Integer[] order = new Integer[areas.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing(areas::get));
    List<Sex> sexes = filter.sexes().stream().sorted(Comparator.comparing(Sex::code)).toList();
    int from = Math.max(fromYear, firstYear);
    int to = Math.min(toYear, firstYear + years - 1);
    for (int a : order) {
      for (int y = from; y <= to; y++) {
        for (Sex sex : sexes) {
          for (int age = filter.ageFrom(); age <= filter.ageTo(); age++) {
            int i = index(a, y - firstYear, sex.ordinal(), age);
            if (present[i]) {
              consumer.accept(areas.get(a), y, sex, age, persons[i]);
            }
          }
        }
      }
    }
  }

  private int index(int area, int yearOffset, int sex, int age) {
    return ((area * years + yearOffset) * SEXES + sex) * AGES + age;
  }

  /**
   * Residents by area x year x sex x band within the span and filter, ordered as the roll-up in SQL
   * orders them (area code, year, sex, band), with a stratum where any resident cell exists.
   */
  List<PopulationStratum> strata(Period span, PopulationFilter filter, int width) {
    List<PopulationStratum> out = new ArrayList<>();
    int from = Math.max(span.from(), firstYear);
    int to = Math.min(span.to(), firstYear + years - 1);
    List<Sex> sexes = filter.sexes().stream().sorted().toList();
    for (int a = 0; a < areas.size(); a++) {
      for (int y = from; y <= to; y++) {
        for (Sex sex : sexes) {
          for (int band = filter.ageFrom(); band <= filter.ageTo(); band += width) {
            int bandTo = Math.min(band + width - 1, filter.ageTo());
            long n = 0;
            boolean any = false;
            for (int age = band; age <= bandTo; age++) {
              int i = index(a, y - firstYear, sex.ordinal(), age);
              n += persons[i];
              any |= present[i];
            }
            if (any) {
              out.add(new PopulationStratum(areas.get(a), y, sex, band, bandTo, n));
            }
          }
        }
      }
    }
    return out;
  }
}
