package org.variatlas.engine.variation;

import java.util.Arrays;

/**
 * Summary statistics of variation across K areas. NaN = not defined for these data.
 *
 * @param ft1 highest / lowest value (Helseatlas FT1, the extremal quotient)
 * @param ft2 2nd highest / 2nd lowest (FT2)
 * @param ft3 3rd highest / 3rd lowest (FT3)
 * @param eq95to5 95th / 5th percentile (Coory &amp; Gibberd 1998; R type-7 quantiles)
 * @param eq80to20 80th / 20th percentile of the Poisson–Gamma EB-shrunk ratios, as Coory &amp;
 *     Gibberd recommend and sava's {@code EQ} computes; NaN for 5 areas or fewer (sava)
 * @param cv coefficient of variation SD/mean (SD with K − 1; a fraction, not percent)
 * @param cvWeighted population-weighted CV √(Σn_i(r_i − r̄)²/Σn_i)/r̄, r̄ = Σn_i·r_i/Σn_i
 * @param scv systematic component of variation (McPherson et al. 1982) in Diehr et al.'s (1990)
 *     form (1/K)·Σ[(O_i − E_i)²/E_i² − 1/E_i]; not ×100
 * @param scvLog McPherson's original form (1/K)·Σ[(ln O_i − ln E_i)² − 1/E_i]; NaN if some O_i = 0
 * @param ebAlpha the Poisson–Gamma EB shape α (1/α is the EB analogue of the SCV)
 */
public record VariationStatistics(
    double ft1,
    double ft2,
    double ft3,
    double eq95to5,
    double eq80to20,
    double cv,
    double cvWeighted,
    double scv,
    double scvLog,
    double ebAlpha) {

  /**
   * Computes every statistic.
   *
   * @param values the area values FT, EQ and CV are taken over (e.g. DSRs, as Helseatlas, or the
   *     ratios O/E); NaN entries are left out
   * @param observed O_i per area, for SCV and EB
   * @param expected E_i per area (from indirect standardisation), for SCV and EB
   * @param population n_i per area for the weighted CV, or null
   */
  public static VariationStatistics of(
      double[] values, double[] observed, double[] expected, double[] population) {
    double[] sorted = Percentiles.sortedFinite(values);
    double[] scv = systematicComponent(observed, expected);
    PoissonGammaFit eb =
        observed.length == 0 ? null : EmpiricalBayes.poissonGamma(observed, expected);
    return new VariationStatistics(
        ratioOfRanks(sorted, 1),
        ratioOfRanks(sorted, 2),
        ratioOfRanks(sorted, 3),
        quantileRatio(sorted, 0.05),
        eb == null || observed.length <= 5
            ? Double.NaN
            : quantileRatio(Percentiles.sortedFinite(eb.shrunkRatios()), 0.2),
        coefficientOfVariation(sorted),
        population == null ? Double.NaN : weightedCoefficientOfVariation(values, population),
        scv[0],
        scv[1],
        eb == null ? Double.NaN : eb.alpha());
  }

  /** The (1 − q)-quantile over the q-quantile (R type 7), e.g. q = 0.2 for EQ(80/20). */
  public static double quantileRatio(double[] sortedAscending, double q) {
    return ratio(
        Percentiles.quantileOfSorted(sortedAscending, 1 - q),
        Percentiles.quantileOfSorted(sortedAscending, q));
  }

  /** The ratios O_i/E_i. */
  public static double[] ratios(double[] observed, double[] expected) {
    double[] r = new double[observed.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = observed[i] / expected[i];
    }
    return r;
  }

  /**
   * FTk (Helseatlas {@code forholdstall}): the k-th highest over the k-th lowest value; defined
   * when there are at least 2k values, so that the two are different areas.
   */
  public static double ratioOfRanks(double[] sortedAscending, int k) {
    int n = sortedAscending.length;
    if (n < 2 * k) {
      return Double.NaN;
    }
    return ratio(sortedAscending[n - k], sortedAscending[k - 1]);
  }

  private static double coefficientOfVariation(double[] values) {
    int n = values.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = Arrays.stream(values).sum() / n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return ratio(Math.sqrt(ss / (n - 1)), mean);
  }

  private static double weightedCoefficientOfVariation(double[] values, double[] population) {
    double sumN = 0;
    double sumNr = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        sumN += population[i];
        sumNr += population[i] * values[i];
      }
    }
    double mean = sumNr / sumN;
    double ss = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        ss += population[i] * (values[i] - mean) * (values[i] - mean);
      }
    }
    return ratio(Math.sqrt(ss / sumN), mean);
  }

  // Both SCV forms: [Diehr, log]. The log form is undefined when an area has no events.
  private static double[] systematicComponent(double[] observed, double[] expected) {
    int k = observed.length;
    if (k == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double diehr = 0;
    double log = 0;
    for (int i = 0; i < k; i++) {
      double o = observed[i];
      double e = expected[i];
      double relative = (o - e) / e;
      double logRatio = Math.log(o) - Math.log(e);
      diehr += relative * relative - 1 / e;
      log += logRatio * logRatio - 1 / e;
    }
    return new double[] {diehr / k, Double.isFinite(log) ? log / k : Double.NaN};
  }

  private static double ratio(double numerator, double denominator) {
    double r = numerator / denominator;
    return Double.isFinite(r) ? r : Double.NaN;
  }
}
