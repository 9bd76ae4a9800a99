package org.variatlas.engine.atlas;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.classify.ClassBreaks;
import org.variatlas.engine.classify.Classifier;
import org.variatlas.engine.compare.BenchmarkComparison;
import org.variatlas.engine.compare.BenchmarkOutcome;
import org.variatlas.engine.funnel.FunnelSignificance;
import org.variatlas.engine.funnel.PoissonFunnel;
import org.variatlas.engine.rates.CountRates;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.standardisation.DirectStandardisation;
import org.variatlas.engine.standardisation.IndirectStandardisation;
import org.variatlas.engine.standardisation.Strata;
import org.variatlas.engine.variation.VariationStatistics;

/**
 * The app's one call per indicator × area level × period: from the strata of every area to the
 * values, limits, national value, comparisons, funnel significance, variation statistics and map
 * classes, with small numbers suppressed.
 *
 * <pre>{@code
 * Strata strata = Strata.of(groupOffsets, stratumIndex, events, population, weight);
 * AreaLevelResult r = AreaLevelAnalysis.run(strata, IndicatorSpec.helseatlas(1000, 3, policy));
 * double[] value = r.groups().value();
 * }</pre>
 */
public final class AreaLevelAnalysis {

  private AreaLevelAnalysis() {}

  /**
   * Computes one area level.
   *
   * @param strata every area's strata, with stratum indices (needed for national rates); for a
   *     period of several years, events and population summed over its years
   * @param spec the indicator's method, unit, polarity, classes and suppression
   */
  public static AreaLevelResult run(Strata strata, IndicatorSpec spec) {
    Strata pooled = strata.pooled();
    double[] observed = strata.eventsPerGroup();
    double[] population = strata.populationPerGroup();
    double[] expected = IndirectStandardisation.expectedFromPooledRates(strata);
    GroupEstimates groups = values(strata, observed, expected, spec);
    GroupEstimates nationalRow =
        values(pooled, pooled.eventsPerGroup(), new double[] {sum(observed)}, spec);

    double nationalValue = nationalRow.value()[0];
    BenchmarkOutcome[] versus95 =
        BenchmarkComparison.compare(groups, ConfidenceLevel.P95, nationalValue, spec.polarity());
    BenchmarkOutcome[] versus998 =
        BenchmarkComparison.compare(groups, ConfidenceLevel.P998, nationalValue, spec.polarity());
    FunnelSignificance[] funnel = funnel(groups, observed, expected, population, spec);

    groups.averageOver(spec.years());
    nationalRow.averageOver(spec.years());
    spec.suppression().apply(groups);
    spec.suppression().apply(nationalRow);

    boolean[] hidden = new boolean[groups.size()];
    for (int g = 0; g < hidden.length; g++) {
      hidden[g] = groups.status()[g] == org.variatlas.engine.rates.Status.SUPPRESSED;
    }
    VisibleSummary summary =
        summarise(groups.value(), observed, expected, population, hidden, spec);
    VariationStatistics variation = summary.variation();
    ClassBreaks breaks = summary.breaks();
    Estimate national = nationalRow.get(0);
    return new AreaLevelResult(
        groups, national, versus95, versus998, funnel, observed, expected, variation, breaks);
  }

  /** Variation statistics and map classes of the areas left published. */
  public record VisibleSummary(VariationStatistics variation, ClassBreaks breaks) {}

  /**
   * The variation statistics and class breaks over the published areas only: a hidden area's value,
   * observed and expected count are all left out, so that neither the statistics (SCV and EB sum O
   * and E) nor the breaks can be solved for a suppressed count.
   *
   * @param values per area, NaN where not published
   * @param observed O per area (period totals)
   * @param expected E per area
   * @param population n per area (weighted CV)
   * @param hidden areas withheld by primary or secondary suppression
   */
  public static VisibleSummary summarise(
      double[] values,
      double[] observed,
      double[] expected,
      double[] population,
      boolean[] hidden,
      IndicatorSpec spec) {
    double[] visible = values.clone();
    boolean[] used = new boolean[values.length];
    for (int g = 0; g < values.length; g++) {
      if (hidden[g]) {
        visible[g] = Double.NaN;
      }
      used[g] = !hidden[g] && expected[g] > 0;
    }
    VariationStatistics variation =
        VariationStatistics.of(visible, select(observed, used), select(expected, used), population);
    ClassBreaks breaks = Classifier.breaks(visible, spec.classes(), spec.breakMethod());
    return new VisibleSummary(variation, breaks);
  }

  private static GroupEstimates values(
      Strata strata, double[] observed, double[] expected, IndicatorSpec spec) {
    return switch (spec.standardisation()) {
      case DIRECT -> DirectStandardisation.compute(strata, spec.dsrOptions());
      case NONE -> CountRates.crude(observed, strata.populationPerGroup(), spec.multiplier());
      case INDIRECT -> {
        double[] pooledRate = new double[observed.length];
        Arrays.fill(
            pooledRate, sum(observed) / sum(strata.populationPerGroup()) * spec.multiplier());
        yield IndirectStandardisation.rate(observed, expected, pooledRate);
      }
    };
  }

  private static FunnelSignificance[] funnel(
      GroupEstimates groups,
      double[] observed,
      double[] expected,
      double[] population,
      IndicatorSpec spec) {
    if (spec.standardisation() == Standardisation.INDIRECT) {
      return PoissonFunnel.ratioSignificance(observed, expected);
    }
    // PHE derives a DSR's denominator as multiplier·O/DSR; where no DSR is published the
    // population stands in, so that the target Σ O / Σ n keeps every area's events and people.
    double[] derived = new double[observed.length];
    for (int g = 0; g < derived.length; g++) {
      double value = groups.value()[g];
      derived[g] =
          observed[g] > 0 && value > 0 ? spec.multiplier() * observed[g] / value : population[g];
    }
    return PoissonFunnel.rateSignificance(
        observed,
        derived,
        spec.standardisation() == Standardisation.DIRECT
            ? PoissonFunnel.RateType.DSR
            : PoissonFunnel.RateType.CRUDE);
  }

  private static double[] select(double[] values, boolean[] keep) {
    return IntStream.range(0, values.length)
        .filter(i -> keep[i])
        .mapToDouble(i -> values[i])
        .toArray();
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
