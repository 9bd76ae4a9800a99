package org.variatlas.engine.variation;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * Empirical Bayes shrinkage of area ratios O/E towards 1.
 *
 * <ul>
 *   <li>Poisson–Gamma (Clayton &amp; Kaldor 1987; Martuzzi &amp; Hills 1995; sava {@code
 *       EBpoisson0}): O_i ~ Poisson(E_i·θ_i), θ_i ~ Gamma(α, α). α by maximum likelihood, the root
 *       of Σ_i Σ_{k&lt;O_i} 1/(k+α) + K(1 + ln α) − Σ(O_i+α)/(E_i+α) − Σ ln(E_i+α); shrunk ratios
 *       (O_i + α)/(E_i + α).
 *   <li>Normal–normal (Efron &amp; Morris 1975; Shwartz et al. 1994; sava {@code EBnormal0}): y_i =
 *       (O_i−E_i)/E_i ~ N(θ_i, d_i), d_i = O_i/E_i², θ_i ~ N(0, A); A by ML with Fisher scoring; EB
 *       ratio 1 + (1 − B_i)·y_i, B_i = d_i/(A + d_i)·(K−3)/(K−2) (Morris's correction).
 * </ul>
 */
public final class EmpiricalBayes {

  // sava switches from the exact harmonic sums to digamma differences above this count.
  private static final double HARMONIC_SUM_LIMIT = 200;
  private static final double ALPHA_MIN = 1e-10;
  private static final double ALPHA_MAX = 1e12;
  private static final int MAX_SCORING_STEPS = 10_000;

  private EmpiricalBayes() {}

  /**
   * Fits the Poisson–Gamma model.
   *
   * @param observed O_i ≥ 0
   * @param expected E_i &gt; 0
   */
  public static PoissonGammaFit poissonGamma(double[] observed, double[] expected) {
    requireRatios(observed, expected);
    double alpha = poissonGammaAlpha(observed, expected);
    double[] shrunk = new double[observed.length];
    for (int i = 0; i < shrunk.length; i++) {
      shrunk[i] = Double.isInfinite(alpha) ? 1 : (observed[i] + alpha) / (expected[i] + alpha);
    }
    return new PoissonGammaFit(alpha, shrunk);
  }

  private static double poissonGammaAlpha(double[] observed, double[] expected) {
    // For large α the score is −Σ[(O−E)² − O]/(2α²) + O(α⁻³): without extra-Poisson variation
    // it stays positive and the likelihood rises towards α = ∞. Deciding this from the sign of
    // the leading term avoids reading rounding noise of the score as a root.
    double dispersion = 0;
    for (int i = 0; i < observed.length; i++) {
      double d = observed[i] - expected[i];
      dispersion += d * d - observed[i];
    }
    if (dispersion <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (score(ALPHA_MIN, observed, expected) <= 0) {
      return ALPHA_MIN; // every O is 0 or the variation is extreme: the prior is flat
    }
    double hi = 1;
    while (score(hi, observed, expected) > 0) {
      hi *= 10;
      if (hi > ALPHA_MAX) {
        return Double.POSITIVE_INFINITY;
      }
    }
    double lo = hi == 1 ? ALPHA_MIN : hi / 10;
    return new BrentSolver(1e-15, 1e-300, 0).findRoot(a -> score(a, observed, expected), lo, hi);
  }

  /** The derivative of the negative-binomial log-likelihood in α. */
  static double score(double alpha, double[] observed, double[] expected) {
    double s = 0;
    for (int i = 0; i < observed.length; i++) {
      double o = observed[i];
      double e = expected[i];
      s +=
          harmonic(o, alpha)
              + 1
              + Math.log(alpha)
              - (o + alpha) / (e + alpha)
              - Math.log(e + alpha);
    }
    return s;
  }

  // Σ_{k<O} 1/(k+α) = ψ(O+α) − ψ(α): summed exactly for small whole counts, as sava.
  private static double harmonic(double o, double alpha) {
    if (o <= HARMONIC_SUM_LIMIT && o == Math.rint(o)) {
      double s = 0;
      for (int k = 0; k < o; k++) {
        s += 1 / (k + alpha);
      }
      return s;
    }
    return Digamma.value(o + alpha) - Digamma.value(alpha);
  }

  /**
   * Fits the normal–normal model by Fisher scoring from A = 1, as sava; a negative step is set to
   * 0, and a second one ends the iteration without convergence (A = NaN).
   *
   * @param observed O_i ≥ 0
   * @param expected E_i &gt; 0
   */
  public static NormalNormalFit normalNormal(double[] observed, double[] expected) {
    requireRatios(observed, expected);
    int k = observed.length;
    double[] y = new double[k];
    double[] d = new double[k];
    for (int i = 0; i < k; i++) {
      y[i] = (observed[i] - expected[i]) / expected[i];
      d[i] = observed[i] / (expected[i] * expected[i]);
    }
    double a = fisherScoring(y, d);
    double[] shrunk = new double[k];
    double morris = (k - 3.0) / (k - 2.0);
    for (int i = 0; i < k; i++) {
      double b = d[i] / (a + d[i]) * morris;
      shrunk[i] = 1 + (1 - b) * y[i];
    }
    return new NormalNormalFit(a, shrunk);
  }

  private static double fisherScoring(double[] y, double[] d) {
    double a = 1;
    boolean wasNegative = false;
    for (int step = 0; step < MAX_SCORING_STEPS; step++) {
      double sumW = 0;
      double sumW2 = 0;
      double sumWy2 = 0;
      for (int i = 0; i < y.length; i++) {
        double w = 1 / (a + d[i]);
        sumW += w;
        sumW2 += w * w;
        sumWy2 += w * y[i] * w * y[i];
      }
      double next = a + (sumWy2 - sumW) / sumW2;
      if (next < 0) {
        if (wasNegative) {
          return Double.NaN;
        }
        wasNegative = true;
        next = 0;
      }
      if (Math.abs(next - a) <= 1e-13 * Math.max(1, a)) {
        return next;
      }
      a = next;
    }
    return Double.NaN;
  }

  private static void requireRatios(double[] observed, double[] expected) {
    if (observed.length != expected.length) {
      throw new IllegalArgumentException("observed and expected differ in length");
    }
    for (int i = 0; i < observed.length; i++) {
      if (!(observed[i] >= 0) || !(expected[i] > 0)) {
        throw new IllegalArgumentException(
            "group "
                + i
                + ": need observed >= 0 and expected > 0, got "
                + observed[i]
                + " and "
                + expected[i]);
      }
    }
  }
}
