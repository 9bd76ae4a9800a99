package org.variatlas.engine.funnel;

import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.ci.PoissonLimits;

/**
 * Funnel plots for ratios (O/E against 1) and rates (crude or DSR against the pooled rate), after
 * Spiegelhalter (2005) and PHEindicatormethods ({@code calculate_funnel_limits}, {@code
 * assign_funnel_significance}).
 *
 * <p>The curves are parametrised by the observed count O on PHE's 100-point axis. On the lower
 * limit lies the Poisson mean μ with P(X ≤ O | μ) = p, μ = χ²_{1−p}(2O+2)/2; on the upper limit the
 * mean with P(X ≥ O | μ) = p, μ = χ²_p(2O)/2 (exact chi-square inversion; PHE bisects to 1e-7,
 * which differs by up to 5e-5 relative).
 *
 * <p>Rates are turned into counts with the derived denominator n = multiplier·O/rate (for a DSR a
 * pseudo-denominator); a crude rate with O = 0 uses its given denominator, a DSR with O = 0 has
 * none. The target is θ₀ = Σ O / Σ n.
 */
public final class PoissonFunnel {

  private PoissonFunnel() {}

  /** The type of rate on a rate funnel. */
  public enum RateType {
    /** Directly standardised rates: fewer than 10 events are not tested. */
    DSR,
    /** Crude rates. */
    CRUDE
  }

  /**
   * Limits for ratios O/E on PHE's axis of observed counts (built from the expected counts).
   *
   * @param expected the expected counts E of the points
   */
  public static RatioFunnelLimits ratioLimits(double[] expected) {
    double[] range = range(expected);
    double[] observed =
        FunnelAxis.grid(
            FunnelAxis.axisMinimum(range[0], range[1]), FunnelAxis.signifCeiling(range[1]), 1);
    int points = observed.length;
    double[][] mean = new double[4][points];
    for (int j = 0; j < points; j++) {
      fillMeans(mean, j, observed[j]);
    }
    return new RatioFunnelLimits(observed, mean[0], mean[1], mean[2], mean[3]);
  }

  /**
   * Significance of ratios: whether 1 lies outside the point's own 95 %/99.8 % interval of O/E
   * (exact limits when O &lt; 10, Byar's otherwise).
   */
  public static FunnelSignificance[] ratioSignificance(double[] observed, double[] expected) {
    FunnelSignificance[] out = new FunnelSignificance[observed.length];
    for (int g = 0; g < out.length; g++) {
      out[g] = againstInterval(observed[g], expected[g], 1);
    }
    return out;
  }

  /**
   * The denominators a rate funnel works with: multiplier·O/rate, or for O = 0 the given
   * denominator (crude) or NaN (DSR).
   *
   * @param denominator the populations, used only where O = 0; may be null if no O is 0
   * @throws IllegalArgumentException if a crude rate has O = 0 and no denominator
   */
  public static double[] derivedDenominators(
      double[] events, double[] rate, double[] denominator, RateType type, double multiplier) {
    double[] out = new double[events.length];
    for (int g = 0; g < out.length; g++) {
      if (events[g] != 0) {
        out[g] = multiplier * events[g] / rate[g];
      } else if (type == RateType.DSR) {
        out[g] = Double.NaN;
      } else if (denominator == null || Double.isNaN(denominator[g])) {
        throw new IllegalArgumentException(
            "group " + g + " has 0 events: a crude rate funnel needs its denominator");
      } else {
        out[g] = denominator[g];
      }
    }
    return out;
  }

  /** The rate funnel's target θ₀ = Σ O / Σ derived denominators (NaN ones left out). */
  public static double rateTarget(double[] events, double[] derivedDenominator) {
    double o = 0;
    double n = 0;
    for (int g = 0; g < events.length; g++) {
      o += events[g];
      if (!Double.isNaN(derivedDenominator[g])) {
        n += derivedDenominator[g];
      }
    }
    return o / n;
  }

  /**
   * Limits for rates on PHE's axis of event counts.
   *
   * @param derivedDenominator from {@link #derivedDenominators}
   * @param multiplier the rate's multiplier, e.g. 100 000
   * @param years the number of years the data cover; the population axis is per year
   */
  public static RateFunnelLimits rateLimits(
      double[] events, double[] derivedDenominator, double multiplier, double years) {
    return rateLimits(
        events, derivedDenominator, multiplier, years, rateTarget(events, derivedDenominator));
  }

  /**
   * Limits for rates around a given target instead of the pooled one, e.g. the national rate as
   * published or computed with the same method as the areas', so that the funnel's centre line is
   * the reference value the rest of a page shows.
   *
   * @param theta the target rate per person-year (not multiplied), e.g. 0.0076 for 760 per 100 000
   */
  public static RateFunnelLimits rateLimits(
      double[] events, double[] derivedDenominator, double multiplier, double years, double theta) {
    double[] range = range(derivedDenominator);
    double axisMinimum =
        range[1] > 2 * range[0] ? 0 : FunnelAxis.signifFloor(range[0] / years) * years;
    double axisMaximum = FunnelAxis.signifCeiling(range[1] / years) * years;
    double[] count =
        FunnelAxis.grid(Math.floor(axisMinimum * theta), Math.ceil(axisMaximum * theta), 0);
    int points = count.length;
    double[][] mean = new double[4][points];
    double[][] population = new double[4][points];
    double[][] rate = new double[4][points];
    for (int j = 0; j < points; j++) {
      fillMeans(mean, j, count[j]);
      for (int k = 0; k < 4; k++) {
        double personYears = mean[k][j] / theta;
        population[k][j] = personYears / years;
        rate[k][j] = count[j] / personYears * multiplier;
      }
    }
    return new RateFunnelLimits(
        count,
        population[0],
        rate[0],
        population[1],
        rate[1],
        population[2],
        rate[2],
        population[3],
        rate[3],
        theta * multiplier);
  }

  /**
   * Significance of rates: whether θ₀ lies outside the point's own interval of O/n (n the derived
   * denominator); DSRs from fewer than 10 events are "not applicable".
   */
  public static FunnelSignificance[] rateSignificance(
      double[] events, double[] derivedDenominator, RateType type) {
    return rateSignificance(
        events, derivedDenominator, type, rateTarget(events, derivedDenominator));
  }

  /** Significance of rates against a given target rate per person-year (not multiplied). */
  public static FunnelSignificance[] rateSignificance(
      double[] events, double[] derivedDenominator, RateType type, double theta) {
    FunnelSignificance[] out = new FunnelSignificance[events.length];
    for (int g = 0; g < out.length; g++) {
      out[g] =
          type == RateType.DSR && events[g] < PoissonLimits.EXACT_BELOW
              ? FunnelSignificance.NOT_APPLICABLE_DSR
              : againstInterval(events[g], derivedDenominator[g], theta);
    }
    return out;
  }

  // Columns: lower 95, upper 95, lower 99.8, upper 99.8. The lower curve's mean is the exact
  // upper limit of O and vice versa.
  private static void fillMeans(double[][] mean, int j, double observed) {
    mean[0][j] = PoissonLimits.exactUpper(observed, ConfidenceLevel.P95);
    mean[1][j] = PoissonLimits.exactLower(observed, ConfidenceLevel.P95);
    mean[2][j] = PoissonLimits.exactUpper(observed, ConfidenceLevel.P998);
    mean[3][j] = PoissonLimits.exactLower(observed, ConfidenceLevel.P998);
  }

  private static FunnelSignificance againstInterval(
      double observed, double denominator, double target) {
    // NaN limits (no denominator) compare false: not significant, as PHE's case_when.
    return FunnelSignificance.classify(
        target < PoissonLimits.lower(observed, ConfidenceLevel.P998) / denominator,
        target < PoissonLimits.lower(observed, ConfidenceLevel.P95) / denominator,
        target > PoissonLimits.upper(observed, ConfidenceLevel.P998) / denominator,
        target > PoissonLimits.upper(observed, ConfidenceLevel.P95) / denominator);
  }

  private static double[] range(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return new double[] {min, max};
  }
}
