package org.variatlas.engine.standardisation;

import java.util.List;

/**
 * Weights of the strata (age bands, or sex × age bands) for direct standardisation.
 *
 * <p>Two sources: the European Standard Population 2013 in PHE's 19 bands ({@link #ESP2013},
 * Eurostat 2013; 0 and 1–4 merged into 0–4, 90–94 and 95+ into 90+; total 100 000), or a reference
 * population's counts by stratum in a reference year, as Helseatlas standardises against Norway's
 * population in the standardisation year (SKDE {@code %standard_rate}: A_g = the stratum's share).
 * Only proportions matter to a DSR, so counts and shares give the same rates.
 */
public final class StandardWeights {

  /** ESP 2013, PHE's 19 five-year bands 0–4 … 85–89, 90+; persons, total 100 000. */
  public static final StandardWeights ESP2013 =
      new StandardWeights(
          List.of(
              "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
              "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"),
          new double[] {
            5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500,
            5000, 4000, 2500, 1500, 1000
          });

  private final List<String> strata;
  private final double[] weights;

  private StandardWeights(List<String> strata, double[] weights) {
    if (strata.size() != weights.length) {
      throw new IllegalArgumentException(
          strata.size() + " strata but " + weights.length + " weights");
    }
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
      }
      total += w;
    }
    if (total == 0) {
      throw new IllegalArgumentException("a standard population needs a positive total");
    }
    this.strata = List.copyOf(strata);
    this.weights = weights.clone();
  }

  /** A standard population with the given weights (persons, or any positive scale). */
  public static StandardWeights of(List<String> strata, double[] weights) {
    return new StandardWeights(strata, weights);
  }

  /**
   * Helseatlas' standard: the reference population's shares by stratum (e.g. sex × age band) in the
   * reference year; the caller supplies the population counts.
   *
   * @param strata stratum labels
   * @param referencePopulation persons per stratum in the reference year
   * @return weights = shares, summing to 1
   */
  public static StandardWeights fromReferencePopulation(
      List<String> strata, double[] referencePopulation) {
    double total = 0;
    for (double p : referencePopulation) {
      total += p;
    }
    double[] shares = new double[referencePopulation.length];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = referencePopulation[i] / total;
    }
    return new StandardWeights(strata, shares);
  }

  /** Stratum labels, in weight order. */
  public List<String> strata() {
    return strata;
  }

  /** Number of strata. */
  public int size() {
    return weights.length;
  }

  /** The weight of stratum {@code s}. */
  public double weight(int s) {
    return weights[s];
  }

  /** A copy of the weights. */
  public double[] weights() {
    return weights.clone();
  }

  /** The index of a stratum label, or −1. */
  public int indexOf(String stratum) {
    return strata.indexOf(stratum);
  }

  /** The weight of each row, from the row's stratum index: the weight column of {@link Strata}. */
  public double[] perRow(int[] stratumOfRow) {
    double[] out = new double[stratumOfRow.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = weights[stratumOfRow[i]];
    }
    return out;
  }
}
