package org.variatlas.engine.rates;

import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.ci.WilsonLimits;

/**
 * Proportions x/n with Wilson score limits (Wilson 1927), as PHEindicatormethods' {@code
 * phe_proportion}: value and limits are multiplied by the multiplier (1 = proportion, 100 =
 * percent).
 */
public final class Proportions {

  private Proportions() {}

  /**
   * Proportions for many groups.
   *
   * @param numerator numerator per group, 0 ≤ x ≤ n (NaN = missing)
   * @param denominator denominator per group, n &gt; 0 (NaN = missing)
   * @param multiplier 1 for a proportion, 100 for percent
   * @return per group: count, denominator, crude = value, Wilson limits; method is always Wilson
   * @throws IllegalArgumentException if a numerator is negative or above its denominator
   */
  public static GroupEstimates wilson(double[] numerator, double[] denominator, double multiplier) {
    CountRates.requireSameLength(numerator.length, denominator.length);
    GroupEstimates out = new GroupEstimates(numerator.length);
    for (int g = 0; g < numerator.length; g++) {
      double x = numerator[g];
      double n = denominator[g];
      out.count()[g] = x;
      out.denominator()[g] = n;
      out.method()[g] = Method.WILSON;
      if (Double.isNaN(x) || Double.isNaN(n)) {
        out.withhold(g, Status.MISSING_INPUT);
        continue;
      }
      if (x < 0 || x > n) {
        throw new IllegalArgumentException(
            "group " + g + ": numerator " + x + " must lie in [0, denominator " + n + "]");
      }
      if (n == 0) {
        out.withhold(g, Status.ZERO_DENOMINATOR);
        continue;
      }
      out.value()[g] = x / n * multiplier;
      out.crude()[g] = out.value()[g];
      out.lower95()[g] = WilsonLimits.lower(x, n, ConfidenceLevel.P95) * multiplier;
      out.upper95()[g] = WilsonLimits.upper(x, n, ConfidenceLevel.P95) * multiplier;
      out.lower998()[g] = WilsonLimits.lower(x, n, ConfidenceLevel.P998) * multiplier;
      out.upper998()[g] = WilsonLimits.upper(x, n, ConfidenceLevel.P998) * multiplier;
    }
    return out;
  }
}
