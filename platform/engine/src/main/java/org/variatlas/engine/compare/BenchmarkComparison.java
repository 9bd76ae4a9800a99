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
  public static BenchmarkOutcome compare(
      double lower, double upper, double benchmark, Judgement polarity) {
    if (Double.isNaN(benchmark) || (Double.isNaN(lower) && Double.isNaN(upper))) {
      return BenchmarkOutcome.NOT_COMPARED;
    }
    if (lower > benchmark) {
      return judged(true, polarity);
    }
    if (upper < benchmark) {
      return judged(false, polarity);
    }
    return BenchmarkOutcome.SIMILAR;
  }

  /** Compares every group's interval at {@code level} with the benchmark (same unit). */
  public static BenchmarkOutcome[] compare(
      GroupEstimates groups, ConfidenceLevel level, double benchmark, Judgement polarity) {
    double[] lower = groups.lower(level);
    double[] upper = groups.upper(level);
    BenchmarkOutcome[] out = new BenchmarkOutcome[groups.size()];
    for (int g = 0; g < out.length; g++) {
      out[g] = compare(lower[g], upper[g], benchmark, polarity);
    }
    return out;
  }

  private static BenchmarkOutcome judged(boolean higher, Judgement polarity) {
    return switch (polarity) {
      case HIGH_IS_GOOD -> higher ? BenchmarkOutcome.BETTER : BenchmarkOutcome.WORSE;
      case LOW_IS_GOOD -> higher ? BenchmarkOutcome.WORSE : BenchmarkOutcome.BETTER;
      case NO_JUDGEMENT -> higher ? BenchmarkOutcome.HIGHER : BenchmarkOutcome.LOWER;
    };
  }
}
