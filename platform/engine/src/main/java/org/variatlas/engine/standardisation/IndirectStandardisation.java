package org.variatlas.engine.standardisation;

import java.util.Arrays;
import org.variatlas.engine.rates.CountRates;
import org.variatlas.engine.rates.GroupEstimates;

/**
 * Indirect standardisation (Breslow &amp; Day 1987; PHEindicatormethods {@code calculate_ISRatio},
 * {@code calculate_ISRate}): expected events E = Σ_i R_i·n_i from reference rates R_i, the
 * standardised ratio O/E (SMR) and the standardised rate O/E × R_ref. Limits: Poisson limits of O
 * divided by E, exact when O &lt; 10 and Byar's otherwise. O may come from a separate table of
 * observed totals, which need not equal the sum of the stratum counts.
 */
public final class IndirectStandardisation {

  private IndirectStandardisation() {}

  /**
   * Expected events per group, E_g = Σ_i R_i·n_i.
   *
   * @param strata the groups' strata (only population is used)
   * @param referenceRatePerRow the reference rate of each row's stratum, events per person-year
   */
  public static double[] expected(Strata strata, double[] referenceRatePerRow) {
    if (referenceRatePerRow.length != strata.rows()) {
      throw new IllegalArgumentException("one reference rate per row is needed");
    }
    double[] product = new double[strata.rows()];
    double[] population = strata.population();
    for (int i = 0; i < product.length; i++) {
      product[i] = referenceRatePerRow[i] * population[i];
    }
    return strata.sumPerGroup(product);
  }

  /**
   * The pooled rate of each stratum over all groups (national age-sex rates): Σ_g O_gs / Σ_g n_gs,
   * in events per person-year; 0 for a stratum without population.
   */
  public static double[] pooledRates(Strata strata) {
    Strata pooled = strata.pooled();
    double[] rates = new double[pooled.rows()];
    for (int s = 0; s < rates.length; s++) {
      double n = pooled.population()[s];
      rates[s] = n > 0 ? pooled.events()[s] / n : 0;
    }
    return rates;
  }

  /**
   * Expected events per group from the pooled stratum rates of all groups (the national age-sex
   * rates), as Helseatlas computes e_i for the SCV. Σ_g E_g = Σ_g O_g.
   */
  public static double[] expectedFromPooledRates(Strata strata) {
    double[] rates = pooledRates(strata);
    int[] stratum = strata.stratum();
    double[] perRow = new double[strata.rows()];
    for (int i = 0; i < perRow.length; i++) {
      perRow[i] = rates[stratum[i]];
    }
    return expected(strata, perRow);
  }

  /**
   * Indirectly standardised ratios O/E × reference value.
   *
   * @param observed O per group
   * @param expected E per group
   * @param referenceValue 1 for a ratio, 100 for an SMR in percent
   * @return per group: count = O, denominator = E, value and limits, method Exact/Byars
   */
  public static GroupEstimates ratio(double[] observed, double[] expected, double referenceValue) {
    double[] scale = new double[observed.length];
    Arrays.fill(scale, referenceValue);
    return rate(observed, expected, scale);
  }

  /**
   * Indirectly standardised rates O/E × R_ref.
   *
   * @param referenceRate R_ref per group, already in the output unit (e.g. per 100 000): Σ
   *     reference events / Σ reference population × multiplier
   */
  public static GroupEstimates rate(double[] observed, double[] expected, double[] referenceRate) {
    if (observed.length != expected.length || observed.length != referenceRate.length) {
      throw new IllegalArgumentException("observed, expected and reference columns differ");
    }
    GroupEstimates out = new GroupEstimates(observed.length);
    for (int g = 0; g < observed.length; g++) {
      CountRates.fill(out, g, observed[g], expected[g], referenceRate[g]);
    }
    return out;
  }
}
