package org.variatlas.app.population;

import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;

/**
 * The population of one level of one mapping version by area, year, sex and single-year age, held
 * in memory: rolled up from base units once (one SQL roll-up per level and population load), so
 * that the strata of every indicator are sums over an array rather than a roll-up of millions of
 * rows each.
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
