package org.variatlas.engine.ci;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The two confidence levels every published atlas value carries: 95 % ("2 sigma") and 99.8 % ("3
 * sigma"), as in the PHE Fingertips technical guidance and PHEindicatormethods.
 */
public enum ConfidenceLevel {
  /** 95 % two-sided; 0.025 in each tail. */
  P95(0.95),
  /** 99.8 % two-sided; 0.001 in each tail. */
  P998(0.998);

  private final double level;
  private final double z;

  ConfidenceLevel(double level) {
    this.level = level;
    this.z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + level / 2);
  }

  /** The coverage as a fraction, e.g. 0.95. */
  public double level() {
    return level;
  }

  /** The probability in each tail, (1 - level) / 2, e.g. 0.025. */
  public double tail() {
    return (1 - level) / 2;
  }

  /** The standard normal quantile z = Φ⁻¹(1 − tail), e.g. 1.959963984540054. */
  public double z() {
    return z;
  }
}
