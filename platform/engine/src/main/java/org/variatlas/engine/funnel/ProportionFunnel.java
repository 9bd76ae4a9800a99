package org.variatlas.engine.funnel;

import org.variatlas.engine.ci.ConfidenceLevel;

/**
 * Funnel plot for proportions (Spiegelhalter 2005; PHEindicatormethods {@code
 * calculate_funnel_limits(statistic = "proportion")} and {@code assign_funnel_significance}).
 *
 * <p>Target θ₀ = Σ numerators / Σ denominators. The limits at denominator n are θ₀ ±
 * z·√(θ₀(1−θ₀)/n): the proportions whose Wilson interval has θ₀ as an end point. PHE's closed form
 * {@code sigma_adjustment} is algebraically the same. (Classic Fingertips' {@code
 * SpcForProportionsComparer} uses the Wilson interval of the expected count instead; this engine
 * follows PHEindicatormethods.)
 */
public final class ProportionFunnel {

  private ProportionFunnel() {}

  /** The target θ₀ = Σ numerators / Σ denominators, as a proportion. */
  public static double target(double[] numerator, double[] denominator) {
    return sum(numerator) / sum(denominator);
  }

  /**
   * Limits on PHE's 100-point axis built from the denominators, clipped to [0, multiplier].
   *
   * @param multiplier 1 for proportions, 100 for percent
   */
  public static ProportionFunnelLimits limits(
      double[] numerator, double[] denominator, double multiplier) {
    return limits(denominator, multiplier, target(numerator, denominator));
  }

  /**
   * Limits around a given target (e.g. a reference value published with the areas), on the axis
   * built from the denominators.
   *
   * @param theta the target as a proportion (0..1)
   */
  public static ProportionFunnelLimits limits(
      double[] denominator, double multiplier, double theta) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double n : denominator) {
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    double[] population =
        FunnelAxis.grid(FunnelAxis.axisMinimum(min, max), FunnelAxis.signifCeiling(max), 0);
    int points = population.length;
    double[] lower95 = new double[points];
    double[] upper95 = new double[points];
    double[] lower998 = new double[points];
    double[] upper998 = new double[points];
    for (int j = 0; j < points; j++) {
      double n = population[j];
      lower95[j] = clip(limit(theta, n, ConfidenceLevel.P95, -1), multiplier);
      upper95[j] = clip(limit(theta, n, ConfidenceLevel.P95, 1), multiplier);
      lower998[j] = clip(limit(theta, n, ConfidenceLevel.P998, -1), multiplier);
      upper998[j] = clip(limit(theta, n, ConfidenceLevel.P998, 1), multiplier);
    }
    return new ProportionFunnelLimits(
        population, lower95, upper95, lower998, upper998, theta * multiplier);
  }

  /** The significance of each point x/n against the limits at its own n. */
  public static FunnelSignificance[] significance(double[] numerator, double[] denominator) {
    return significance(numerator, denominator, target(numerator, denominator));
  }

  /** The significance of each point x/n against the limits around a given target (0..1). */
  public static FunnelSignificance[] significance(
      double[] numerator, double[] denominator, double theta) {
    FunnelSignificance[] out = new FunnelSignificance[numerator.length];
    for (int g = 0; g < out.length; g++) {
      double n = denominator[g];
      double p = numerator[g] / n;
      out[g] =
          FunnelSignificance.classify(
              p > limit(theta, n, ConfidenceLevel.P998, 1),
              p > limit(theta, n, ConfidenceLevel.P95, 1),
              p < limit(theta, n, ConfidenceLevel.P998, -1),
              p < limit(theta, n, ConfidenceLevel.P95, -1));
    }
    return out;
  }

  private static double limit(double theta, double n, ConfidenceLevel level, int side) {
    return theta + side * level.z() * Math.sqrt(theta * (1 - theta) / n);
  }

  private static double clip(double proportion, double multiplier) {
    return Math.min(multiplier, Math.max(0, proportion * multiplier));
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
