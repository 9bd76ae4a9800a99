package org.variatlas.api.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which residents an indicator counts: an age range in whole years (inclusive; 105 means 105 or
 * older) and the sexes.
 */
public record PopulationFilter(int ageFrom, int ageTo, Set<Sex> sexes) {

  public static final int MAX_AGE = 105;

  public PopulationFilter {
    if (ageFrom < 0 || ageTo > MAX_AGE || ageFrom > ageTo) {
      throw new IllegalArgumentException("bad age range " + ageFrom + "-" + ageTo);
    }
    if (sexes == null || sexes.isEmpty()) {
      throw new IllegalArgumentException("a population filter needs at least one sex");
    }
    sexes = Set.copyOf(sexes);
  }

  public static PopulationFilter everyone() {
    return new PopulationFilter(0, MAX_AGE, EnumSet.allOf(Sex.class));
  }

  public static PopulationFilter ages(int from, int to) {
    return new PopulationFilter(from, to, EnumSet.allOf(Sex.class));
  }

  public PopulationFilter only(Sex sex) {
    return new PopulationFilter(ageFrom, ageTo, EnumSet.of(sex));
  }

  public boolean admits(Sex sex, int age) {
    return age >= ageFrom && age <= ageTo && sexes.contains(sex);
  }

  public boolean bothSexes() {
    return sexes.size() == Sex.values().length;
  }
}
