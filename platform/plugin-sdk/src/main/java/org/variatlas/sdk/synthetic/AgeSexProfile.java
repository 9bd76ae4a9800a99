package org.variatlas.sdk.synthetic;

import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;

/**
 * How the rate of an event varies with sex and single-year age (0-105): relative weights per
 * person, of which only the ratios matter. A synthetic count generator gives each population cell
 * events in proportion to persons x weight.
 *
 * <pre>{@code
 * // cataract surgery: rare before 50, steep rise to a peak at 75-84, women 1.2 x men
 * AgeSexProfile cataract = AgeSexProfile.builder()
 *     .band(50, 59, 2, 1.7).band(60, 69, 9, 7.5).band(70, 79, 24, 20).band(80, 105, 22, 18)
 *     .build();
 * }</pre>
 */
public final class AgeSexProfile {

  private static final int AGES = PopulationFilter.MAX_AGE + 1;

  private final double[][] weights;

  private AgeSexProfile(double[][] weights) {
    this.weights = weights;
  }

  /** A builder in which every weight starts at 0. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Per-person rates from an age distribution of counts: {@code counts[sex][age] /
   * persons[sex][age]} (0 where there are no persons). This turns a published "number of patients
   * by age and sex" into the rate profile that reproduces it on a population.
   *
   * @param counts events or persons by {@link Sex#ordinal()} and age
   * @param persons population by {@link Sex#ordinal()} and age, over the same years
   */
  public static AgeSexProfile fromCounts(double[][] counts, double[][] persons) {
    double[][] w = new double[Sex.values().length][AGES];
    for (Sex sex : Sex.values()) {
      int s = sex.ordinal();
      for (int age = 0; age < AGES; age++) {
        double c = age < counts[s].length ? counts[s][age] : 0;
        double p = age < persons[s].length ? persons[s][age] : 0;
        if (c < 0 || !Double.isFinite(c)) {
          throw new IllegalArgumentException("bad count " + c + " for " + sex + " age " + age);
        }
        w[s][age] = p > 0 ? c / p : 0;
      }
    }
    return new AgeSexProfile(w);
  }

  /** The relative rate of one sex and age; 0 outside 0-105. */
  public double weight(Sex sex, int age) {
    return age < 0 || age >= AGES ? 0 : weights[sex.ordinal()][age];
  }

  /** Whether some sex and age in the filter has a positive weight. */
  public boolean coversAny(PopulationFilter filter) {
    for (Sex sex : filter.sexes()) {
      for (int age = filter.ageFrom(); age <= filter.ageTo(); age++) {
        if (weight(sex, age) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Fluent builder of a profile from age bands. */
  public static final class Builder {
    private final double[][] weights = new double[Sex.values().length][AGES];

    private Builder() {}

    /**
     * Sets the weights of the ages {@code from..to} (inclusive).
     *
     * @param female weight per woman
     * @param male weight per man
     */
    public Builder band(int from, int to, double female, double male) {
      if (from < 0 || to >= AGES || from > to) {
        throw new IllegalArgumentException("bad age band " + from + "-" + to);
      }
      if (!(female >= 0) || !(male >= 0) || Double.isInfinite(female + male)) {
        throw new IllegalArgumentException("weights must be finite and non-negative");
      }
      for (int age = from; age <= to; age++) {
        weights[Sex.FEMALE.ordinal()][age] = female;
        weights[Sex.MALE.ordinal()][age] = male;
      }
      return this;
    }

    public AgeSexProfile build() {
      double[][] copy = new double[weights.length][];
      for (int s = 0; s < weights.length; s++) {
        copy[s] = weights[s].clone();
      }
      return new AgeSexProfile(copy);
    }
  }
}
