package org.variatlas.engine.variation;

import java.util.Arrays;

/**
 * Sample quantiles by R's default definition (Hyndman &amp; Fan 1996 type 7: linear interpolation
 * between order statistics at (n − 1)p), the one sava and the R atlas tools use.
 */
public final class Percentiles {

  private Percentiles() {}

  /**
   * The p-quantile of {@code values}, ignoring NaN; NaN when there are none.
   *
   * @param p the probability in [0, 1]
   */
  public static double quantile(double[] values, double p) {
    return quantileOfSorted(sortedFinite(values), p);
  }

  /** The p-quantile of values already sorted ascending (no NaN), R type 7. */
  public static double quantileOfSorted(double[] sorted, double p) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double index = (n - 1) * p; // 0-based: R's 1 + (n − 1)p
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double q = sorted[lo];
    if (index > lo && sorted[hi] != q) {
      double h = index - lo;
      q = (1 - h) * q + h * sorted[hi];
    }
    return q;
  }

  /** The values without NaN, sorted ascending. */
  public static double[] sortedFinite(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
  }
}
