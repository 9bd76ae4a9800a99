package org.variatlas.engine.funnel;

/**
 * PHE's 100-point x-axis for funnel plots (PHEindicatormethods {@code calculate_funnel_limits}): a
 * grid from max(1, axis minimum) to the axis maximum, spaced geometrically and rounded, so that it
 * is dense where the funnel bends. Reproduces PHE's grid exactly, including R's round-half-to-even.
 */
public final class FunnelAxis {

  /** Number of points on the axis. */
  public static final int POINTS = 100;

  private FunnelAxis() {}

  /**
   * The neat lower axis end: 0 when max &gt; 2·min, else min rounded down to its leading digit
   * after taking 95 % (PHE {@code signif.floor}).
   */
  public static double axisMinimum(double minDenominator, double maxDenominator) {
    return maxDenominator > 2 * minDenominator ? 0 : signifFloor(minDenominator);
  }

  /** PHE {@code signif.floor}: floor(0.95x / 10^k)·10^k, k = digits(floor(0.95x)) − 1. */
  public static double signifFloor(double x) {
    if (x == 0) {
      return 0;
    }
    double power = Math.pow(10, digits(Math.floor(x * 0.95)) - 1);
    return Math.floor(x * 0.95 / power) * power;
  }

  /** PHE {@code signif.ceiling}: ceil(1.05x / 10^k)·10^k, k = digits(ceil(1.05x)) − 2. */
  public static double signifCeiling(double x) {
    if (x == 0) {
      return 0;
    }
    double power = Math.pow(10, digits(Math.ceil(x * 1.05)) - 2);
    return Math.ceil(x * 1.05 / power) * power;
  }

  /**
   * The grid: x_1 = max(1, min); x_j = max(round((max/x_{j−1})^(1/(101 − j + shift))·x_{j−1}),
   * x_{j−1} + 1) for j = 2..100.
   *
   * @param shift 0 for proportions and rates, 1 for ratios (PHE offsets the exponent by one)
   */
  public static double[] grid(double axisMinimum, double axisMaximum, int shift) {
    double[] x = new double[POINTS];
    x[0] = Math.max(1, axisMinimum);
    for (int j = 2; j <= POINTS; j++) {
      double previous = x[j - 2];
      double step = Math.pow(axisMaximum / previous, 1.0 / (101 - j + shift)) * previous;
      // Math.rint rounds half to even, as R's round().
      x[j - 1] = Math.max(Math.rint(step), previous + 1);
    }
    return x;
  }

  // The number of characters R's nchar() gives for a whole number. R prints e.g. 1e+05 for
  // 100000, but for the powers of ten this feeds the rounding is the same either way.
  private static int digits(double wholeNumber) {
    return Long.toString((long) wholeNumber).length();
  }
}
