package org.variatlas.engine.rates;

import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.ci.PoissonLimits;

/**
 * Values of the form count / denominator × scale with Poisson limits of the count: the crude rate
 * (denominator = population, scale = multiplier) and the indirectly standardised ratio and rate
 * (denominator = expected count, scale = reference value or reference rate). PHE's rule: exact
 * limits when the count is below 10, Byar's otherwise (PHEindicatormethods {@code phe_rate}, {@code
 * calculate_ISRatio}, {@code calculate_ISRate}).
 */
public final class CountRates {

  private CountRates() {}

  /**
   * Crude rates for many groups: events / population × multiplier.
   *
   * @param events events per group (NaN = missing)
   * @param population population per group (person-years; NaN = missing)
   * @param multiplier e.g. 100 000 for a rate per 100 000
   * @return per group: count, denominator, crude = value, limits, method, status
   */
  public static GroupEstimates crude(double[] events, double[] population, double multiplier) {
    requireSameLength(events.length, population.length);
    GroupEstimates out = new GroupEstimates(events.length);
    for (int g = 0; g < events.length; g++) {
      fill(out, g, events[g], population[g], multiplier);
      out.crude()[g] = out.value()[g];
    }
    return out;
  }

  /** The crude rate of a single group; see {@link #crude(double[], double[], double)}. */
  public static Estimate crude(double events, double population, double multiplier) {
    return crude(new double[] {events}, new double[] {population}, multiplier).get(0);
  }

  /**
   * Writes count/denominator × scale and its Poisson limits into group {@code g} of {@code out}. A
   * missing count gives no method; a missing or zero denominator gives no value.
   */
  public static void fill(
      GroupEstimates out, int g, double count, double denominator, double scale) {
    out.count()[g] = count;
    out.denominator()[g] = denominator;
    if (Double.isNaN(count)) {
      out.withhold(g, Status.MISSING_INPUT);
      return;
    }
    out.method()[g] = Method.forCount(count);
    if (Double.isNaN(denominator) || Double.isNaN(scale)) {
      out.withhold(g, Status.MISSING_INPUT);
      return;
    }
    if (denominator == 0) {
      out.withhold(g, Status.ZERO_DENOMINATOR);
      return;
    }
    double factor = scale / denominator;
    out.value()[g] = count * factor;
    out.lower95()[g] = PoissonLimits.lower(count, ConfidenceLevel.P95) * factor;
    out.upper95()[g] = PoissonLimits.upper(count, ConfidenceLevel.P95) * factor;
    out.lower998()[g] = PoissonLimits.lower(count, ConfidenceLevel.P998) * factor;
    out.upper998()[g] = PoissonLimits.upper(count, ConfidenceLevel.P998) * factor;
    out.status()[g] = Status.PUBLISHED;
  }

  static void requireSameLength(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException("columns differ in length: " + a + " and " + b);
    }
  }
}
