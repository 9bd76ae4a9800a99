package org.variatlas.engine.ci;

/**
 * Wilson score limits of a proportion x/n (Wilson 1927; Newcombe &amp; Altman 2000), as in
 * PHEindicatormethods' {@code wilson_lower}/{@code wilson_upper}. Results are proportions in [0,
 * 1]; multiply by 100 for percent.
 */
public final class WilsonLimits {

  private WilsonLimits() {}

  /**
   * The lower limit [2x + z² − z·√(z² + 4x(1 − x/n))] / [2(n + z²)].
   *
   * @param x the numerator, 0 ≤ x ≤ n (need not be an integer)
   * @param n the denominator, n &gt; 0
   */
  public static double lower(double x, double n, ConfidenceLevel level) {
    return limit(x, n, level, -1);
  }

  /** The upper limit [2x + z² + z·√(z² + 4x(1 − x/n))] / [2(n + z²)]. */
  public static double upper(double x, double n, ConfidenceLevel level) {
    return limit(x, n, level, 1);
  }

  private static double limit(double x, double n, ConfidenceLevel level, int sign) {
    double z = level.z();
    double z2 = z * z;
    return (2 * x + z2 + sign * z * Math.sqrt(z2 + 4 * x * (1 - x / n))) / (2 * (n + z2));
  }
}
