package org.variatlas.engine.compare;

import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.rates.GroupEstimates;

/**
 * Comparison of areas with a benchmark (e.g. the national value) by confidence-interval overlap,
 * the Fingertips "benchmarking" rule: similar if the benchmark lies within the area's interval,
 * otherwise higher/lower, read as better/worse by the indicator's polarity.
 */
public final class BenchmarkComparison {

  private BenchmarkComparison() {}

  /**
   * Compares one interval with the benchmark. A missing limit gives no evidence on its side: an
   * area without a lower limit is never "higher".
   */
  public static Comparison compare(
      double lower, double upper, double benchmark, Polarity polarity) {
    if (Double.isNaN(benchmark) || (Double.isNaN(lower) && Double.isNaN(upper))) {
      return Comparison.NOT_COMPARED;
    }
    if (lower > benchmark) {
      return judged(true, polarity);
    }
    if (upper < benchmark) {
      return judged(false, polarity);
    }
    return Comparison.SIMILAR;
  }

  /** Compares every group's interval at {@code level} with the benchmark (same unit). */
  public static Comparison[] compare(
      GroupEstimates groups, ConfidenceLevel level, double benchmark, Polarity polarity) {
    double[] lower = groups.lower(level);
    double[] upper = groups.upper(level);
    Comparison[] out = new Comparison[groups.size()];
    for (int g = 0; g < out.length; g++) {
      out[g] = compare(lower[g], upper[g], benchmark, polarity);
    }
    return out;
  }

  private static Comparison judged(boolean higher, Polarity polarity) {
    return switch (polarity) {
      case HIGH_IS_GOOD -> higher ? Comparison.BETTER : Comparison.WORSE;
      case LOW_IS_GOOD -> higher ? Comparison.WORSE : Comparison.BETTER;
      case NO_JUDGEMENT -> higher ? Comparison.HIGHER : Comparison.LOWER;
    };
  }
}
