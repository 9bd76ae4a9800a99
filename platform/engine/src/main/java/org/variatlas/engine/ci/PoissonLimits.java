package org.variatlas.engine.ci;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence limits of a Poisson count O (events, not a rate: divide by the denominator and
 * multiply by the multiplier to get rate limits).
 *
 * <p>PHE's rule (PHEindicatormethods, Fingertips technical guidance): exact limits (Garwood 1936)
 * when O &lt; 10, Byar's approximation (Breslow &amp; Day 1987) when O ≥ 10. Counts need not be
 * integers (period averages are not); the chi-square quantiles accept any positive degrees of
 * freedom.
 */
public final class PoissonLimits {

  /** The count below which PHE uses exact rather than Byar's limits. */
  public static final double EXACT_BELOW = 10;

  // Multiplying by these instead of dividing by 9 and 3 keeps divisions out of batch loops; it
  // changes results by at most an ulp or two.
  private static final double NINTH = 1.0 / 9;
  private static final double THIRD = 1.0 / 3;

  private static final int CACHED = 10;
  // Exact limits of the integer counts 0..9 are needed for most small areas; caching them keeps
  // the chi-square inversion out of the batch loop.
  private static final double[][] EXACT_LOWER = new double[ConfidenceLevel.values().length][];
  private static final double[][] EXACT_UPPER = new double[ConfidenceLevel.values().length][];

  static {
    for (ConfidenceLevel c : ConfidenceLevel.values()) {
      double[] lower = new double[CACHED];
      double[] upper = new double[CACHED];
      for (int o = 0; o < CACHED; o++) {
        lower[o] = computeExactLower(o, c);
        upper[o] = computeExactUpper(o, c);
      }
      EXACT_LOWER[c.ordinal()] = lower;
      EXACT_UPPER[c.ordinal()] = upper;
    }
  }

  private PoissonLimits() {}

  /**
   * Exact (Garwood) lower limit of a count: χ²_{tail}(2O)/2, and 0 when O = 0.
   *
   * @param observed the count O ≥ 0
   * @return the lower limit, in events
   */
  public static double exactLower(double observed, ConfidenceLevel level) {
    if (isCachedInteger(observed)) {
      return EXACT_LOWER[level.ordinal()][(int) observed];
    }
    return computeExactLower(observed, level);
  }

  /**
   * Exact (Garwood) upper limit of a count: χ²_{1−tail}(2O+2)/2.
   *
   * @param observed the count O ≥ 0
   * @return the upper limit, in events
   */
  public static double exactUpper(double observed, ConfidenceLevel level) {
    if (isCachedInteger(observed)) {
      return EXACT_UPPER[level.ordinal()][(int) observed];
    }
    return computeExactUpper(observed, level);
  }

  /**
   * Byar's lower limit O·(1 − 1/(9O) − z/(3√O))³ (Breslow &amp; Day 1987), unclipped: it is
   * negative for very small O and NaN for O = 0. Dobson's DSR interval uses this raw value.
   */
  public static double byarLower(double observed, ConfidenceLevel level) {
    return byar(observed).lower(level);
  }

  /** Byar's upper limit (O+1)·(1 − 1/(9(O+1)) + z/(3√(O+1)))³ (Breslow &amp; Day 1987). */
  public static double byarUpper(double observed, ConfidenceLevel level) {
    return byar(observed).upper(level);
  }

  /**
   * The parts of Byar's limits that do not depend on the confidence level, so that a batch computes
   * the roots and quotients once for both levels.
   */
  public static Byar byar(double observed) {
    return byar(observed, 1 / Math.sqrt(observed), 1 / Math.sqrt(observed + 1));
  }

  /**
   * Byar's limits from the reciprocal roots 1/√O and 1/√(O+1), which a batch computes for many
   * counts at once: with r = 1/√O, 1/(9O) = r²/9 and 1/(3√O) = r/3.
   */
  public static Byar byar(double observed, double rootReciprocal, double rootReciprocal1) {
    double r = rootReciprocal;
    double r1 = rootReciprocal1;
    return new Byar(
        observed, 1 - r * r * NINTH, r * THIRD, observed + 1, 1 - r1 * r1 * NINTH, r1 * THIRD);
  }

  /**
   * Byar's limits of one count: lower O·(a − z·b)³, upper O₁·(a₁ + z·b₁)³ with O₁ = O + 1, a = 1 −
   * 1/(9O), b = 1/(3√O), and likewise a₁, b₁ for O₁.
   */
  public record Byar(double o, double a, double b, double o1, double a1, double b1) {

    /** The raw lower limit (may be negative for very small O), in events. */
    public double lower(ConfidenceLevel level) {
      double t = a - level.z() * b;
      return o * t * t * t;
    }

    /** The lower limit, NaN when negative (PHE's Byar worksheet). */
    public double lowerPublished(ConfidenceLevel level) {
      double lower = lower(level);
      return lower < 0 ? Double.NaN : lower;
    }

    /** The upper limit, in events. */
    public double upper(ConfidenceLevel level) {
      double t = a1 + level.z() * b1;
      return o1 * t * t * t;
    }
  }

  /**
   * Byar's lower limit as published: NaN (not available) when it is negative, as PHE's Byar
   * worksheet does.
   */
  public static double byarLowerPublished(double observed, ConfidenceLevel level) {
    return byar(observed).lowerPublished(level);
  }

  /** PHE's lower limit of a count: exact when O &lt; 10, Byar's otherwise; in events. */
  public static double lower(double observed, ConfidenceLevel level) {
    return isExact(observed) ? exactLower(observed, level) : byarLowerPublished(observed, level);
  }

  /** PHE's upper limit of a count: exact when O &lt; 10, Byar's otherwise; in events. */
  public static double upper(double observed, ConfidenceLevel level) {
    return isExact(observed) ? exactUpper(observed, level) : byarUpper(observed, level);
  }

  /** Whether PHE's rule takes the exact limits for this count (O &lt; 10). */
  public static boolean isExact(double observed) {
    return observed < EXACT_BELOW;
  }

  /**
   * The chi-square quantile χ²_p(df), the one inversion all exact Poisson and gamma limits in the
   * engine go through (Apache Commons Statistics; relative error about 1e-15).
   */
  public static double chiSquareQuantile(double p, double degreesOfFreedom) {
    return ChiSquaredDistribution.of(degreesOfFreedom).inverseCumulativeProbability(p);
  }

  private static boolean isCachedInteger(double observed) {
    return observed >= 0 && observed < CACHED && observed == Math.rint(observed);
  }

  private static double computeExactLower(double observed, ConfidenceLevel level) {
    return observed == 0 ? 0 : chiSquareQuantile(level.tail(), 2 * observed) / 2;
  }

  private static double computeExactUpper(double observed, ConfidenceLevel level) {
    return chiSquareQuantile(1 - level.tail(), 2 * observed + 2) / 2;
  }
}
