package org.variatlas.engine.variation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.variatlas.engine.PeerVectors.assertRelative;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.PeerVectors;

class VariationStatisticsTest {

  // A small worked example; the EB figures were computed independently with mpmath.
  private static final double[] OBSERVED = {12, 30, 7, 45, 20, 16, 9, 28};
  private static final double[] EXPECTED = {15.2, 22.1, 10.3, 38.0, 21.5, 18.4, 12.0, 20.5};

  @Test
  void extremal_quotients_compare_the_kth_highest_with_the_kth_lowest() {
    double[] values = {5, 1, 4, 2, 8, 3, 7};
    VariationStatistics s = VariationStatistics.of(values, new double[0], new double[0], null);
    assertThat(s.ft1()).isEqualTo(8.0 / 1);
    assertThat(s.ft2()).isEqualTo(7.0 / 2);
    assertThat(s.ft3()).isEqualTo(5.0 / 3);
    assertThat(VariationStatistics.ratioOfRanks(new double[] {1, 2, 3, 4, 5}, 3)).isNaN();
  }

  @Test
  void percentile_ratio_uses_r_type_7_quantiles() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    // P95 at index 9.5 -> 10.5; P5 at index 0.5 -> 1.5
    assertThat(VariationStatistics.quantileRatio(sorted, 0.05))
        .isCloseTo(10.5 / 1.5, within(1e-15));
    assertThat(Percentiles.quantile(new double[] {3, 1, Double.NaN, 2}, 0.5)).isEqualTo(2);
  }

  @Test
  void coefficients_of_variation_use_sample_sd_and_population_weights() {
    double[] values = {2, 4, 6};
    double[] population = {1, 1, 2};
    VariationStatistics s =
        VariationStatistics.of(values, new double[0], new double[0], population);
    assertThat(s.cv()).isCloseTo(2.0 / 4, within(1e-15));
    // r̄ = (2 + 4 + 12)/4 = 4.5; Σn(r − r̄)² = 6.25 + 0.25 + 4.5 = 11; √(11/4)/4.5
    assertThat(s.cvWeighted()).isCloseTo(Math.sqrt(11.0 / 4) / 4.5, within(1e-15));
  }

  @Test
  void scv_has_a_diehr_form_and_a_log_form_that_needs_events_everywhere() {
    double[] o = {10, 30};
    double[] e = {20, 20};
    VariationStatistics s = VariationStatistics.of(VariationStatistics.ratios(o, e), o, e, null);
    assertThat(s.scv()).isCloseTo(((0.25 - 0.05) + (0.25 - 0.05)) / 2, within(1e-15));
    double l1 = Math.log(0.5);
    double l2 = Math.log(1.5);
    assertThat(s.scvLog()).isCloseTo((l1 * l1 - 0.05 + l2 * l2 - 0.05) / 2, within(1e-15));
    VariationStatistics zero =
        VariationStatistics.of(new double[] {0, 1}, new double[] {0, 30}, e, null);
    assertThat(zero.scvLog()).isNaN();
  }

  @Test
  void poisson_gamma_alpha_is_the_maximum_likelihood_root() {
    PoissonGammaFit fit = EmpiricalBayes.poissonGamma(OBSERVED, EXPECTED);
    assertRelative(fit.alpha(), 100.48151611974788197, 1e-10, "alpha");
    assertRelative(fit.shrunkRatios()[0], 0.97233784525535164263, 1e-12, "eb 0");
    assertRelative(fit.shrunkRatios()[7], 1.0619929410752009142, 1e-12, "eb 7");
  }

  @Test
  void poisson_gamma_alpha_is_infinite_without_extra_poisson_variation() {
    PoissonGammaFit fit =
        EmpiricalBayes.poissonGamma(new double[] {10, 10, 10}, new double[] {10, 10, 10});
    assertThat(fit.alpha()).isInfinite();
    assertThat(fit.shrunkRatios()).containsExactly(1, 1, 1);
  }

  @Test
  void normal_normal_eb_shrinks_with_morris_correction() {
    NormalNormalFit fit = EmpiricalBayes.normalNormal(OBSERVED, EXPECTED);
    assertRelative(fit.a(), 0.0024761503395440401963, 1e-9, "A");
    assertRelative(fit.shrunkRatios()[0], 0.95692899161483011389, 1e-10, "eb 0");
    assertRelative(fit.shrunkRatios()[1], 1.0711209786043499753, 1e-10, "eb 1");
    assertRelative(fit.shrunkRatios()[7], 1.071900202858042925, 1e-10, "eb 7");
  }

  @Test
  void turp_statistics_are_consistent_with_their_definitions() {
    List<Map<String, String>> rows = PeerVectors.rows("scv_eb_turp_inputs.csv");
    double[] o = PeerVectors.column(rows, "observed");
    double[] e = PeerVectors.column(rows, "expected");
    double[] n = PeerVectors.column(rows, "population");
    double sumO = 0;
    double sumE = 0;
    double scv = 0;
    for (int i = 0; i < o.length; i++) {
      sumO += o[i];
      sumE += e[i];
      scv += ((o[i] - e[i]) / e[i]) * ((o[i] - e[i]) / e[i]) - 1 / e[i];
    }
    assertThat(sumO).isCloseTo(sumE, within(1e-6)); // internal standardisation
    VariationStatistics s = VariationStatistics.of(VariationStatistics.ratios(o, e), o, e, n);
    assertThat(s.scv()).isCloseTo(scv / o.length, within(1e-15));
    assertThat(s.ebAlpha()).isPositive().isFinite();
    // The score vanishes at α̂ and the likelihood is lower on either side.
    double score = EmpiricalBayes.score(s.ebAlpha(), o, e);
    double slope = EmpiricalBayes.score(s.ebAlpha() * 0.5, o, e);
    assertThat(Math.abs(score)).isLessThan(1e-9 * Math.abs(slope));
    assertThat(EmpiricalBayes.score(s.ebAlpha() * 1.01, o, e)).isNegative();
    assertThat(EmpiricalBayes.score(s.ebAlpha() * 0.99, o, e)).isPositive();
    // EB shrinks every ratio towards 1.
    double[] shrunk = EmpiricalBayes.poissonGamma(o, e).shrunkRatios();
    for (int i = 0; i < o.length; i++) {
      double r = o[i] / e[i];
      assertThat(Math.abs(shrunk[i] - 1)).isLessThanOrEqualTo(Math.abs(r - 1) + 1e-15);
    }
    assertThat(s.eq80to20())
        .isCloseTo(
            VariationStatistics.quantileRatio(Percentiles.sortedFinite(shrunk), 0.2),
            within(1e-15));
    assertThat(s.ft1()).isGreaterThanOrEqualTo(s.ft2());
    assertThat(s.ft2()).isGreaterThanOrEqualTo(s.ft3());
  }
}
