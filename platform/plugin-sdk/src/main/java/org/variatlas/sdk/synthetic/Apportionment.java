package org.variatlas.sdk.synthetic;

import java.util.Arrays;

/**
 * Splits a whole number into whole parts proportional to weights, exactly and deterministically.
 */
public final class Apportionment {

  private Apportionment() {}

  /**
   * The largest-remainder (Hamilton) method: each part gets the whole part of its quota {@code
   * total x weight / sum}, and the units left over go one each to the largest fractional
   * remainders, ties to the lower index. The parts sum to {@code total} exactly; no randomness.
   *
   * @param total the whole to split (0 or more)
   * @param weights non-negative, finite weights; their sum must be positive unless total is 0
   * @return one part per weight
   * @throws IllegalArgumentException for a negative total, a bad weight, or nothing to split over
   */
  public static long[] largestRemainder(long total, double[] weights) {
    if (total < 0) {
      throw new IllegalArgumentException("cannot apportion a negative total: " + total);
    }
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and non-negative: " + w);
      }
      sum += w;
    }
    long[] parts = new long[weights.length];
    if (total == 0) {
      return parts;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("cannot apportion " + total + " over zero weight");
    }
    double[] remainders = new double[weights.length];
    long assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      double quota = total * (weights[i] / sum);
      parts[i] = (long) Math.floor(quota);
      remainders[i] = quota - parts[i];
      assigned += parts[i];
    }
    long left = total - assigned;
    if (left > 0) {
      Integer[] order = new Integer[weights.length];
      Arrays.setAll(order, i -> i);
      Arrays.sort(
          order,
          (a, b) -> {
            int c = Double.compare(remainders[b], remainders[a]);
            return c != 0 ? c : Integer.compare(a, b);
          });
      for (int k = 0; k < left; k++) {
        parts[order[k % order.length]]++;
      }
    }
    return parts;
  }
}
