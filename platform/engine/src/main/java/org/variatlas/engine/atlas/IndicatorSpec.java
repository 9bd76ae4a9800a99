package org.variatlas.engine.atlas;

import org.variatlas.engine.classify.BreakMethod;
import org.variatlas.engine.compare.Judgement;
import org.variatlas.engine.standardisation.DsrInterval;
import org.variatlas.engine.standardisation.DsrOptions;
import org.variatlas.engine.suppression.SuppressionPolicy;

/**
 * What the engine needs to know of an indicator to compute one area level.
 *
 * @param standardisation none (crude), direct or indirect
 * @param multiplier values per this many person-years, e.g. 1 000 or 100 000
 * @param interval DSR interval method (direct standardisation only)
 * @param minimumEvents DSRs from fewer events are withheld (PHE: 10)
 * @param polarity how higher/lower than the benchmark reads
 * @param classes number of map classes wanted (Helseatlas: 4)
 * @param breakMethod how map class breaks are placed
 * @param suppression small-number policy applied before results leave the engine
 * @param years the number of years the strata sum over; above 1, counts and populations are
 *     reported as annual averages (Helseatlas' period average), values and limits are those of the
 *     whole period, and the suppression threshold applies to the annual average count
 */
public record IndicatorSpec(
    Standardisation standardisation,
    double multiplier,
    DsrInterval interval,
    double minimumEvents,
    Judgement polarity,
    int classes,
    BreakMethod breakMethod,
    SuppressionPolicy suppression,
    int years) {

  /** Validates the spec. */
  public IndicatorSpec {
    new DsrOptions(multiplier, interval, minimumEvents); // same rules
    if (standardisation == null || polarity == null || breakMethod == null || suppression == null) {
      throw new IllegalArgumentException("every part of an indicator spec is required");
    }
    if (classes < 1) {
      throw new IllegalArgumentException("at least one map class, got " + classes);
    }
    if (years < 1) {
      throw new IllegalArgumentException("at least one year, got " + years);
    }
  }

  /**
   * Helseatlas' defaults: direct standardisation with PHE's Dobson interval and 10-event rule, no
   * polarity, four k-means classes, the given suppression, and annual averages over {@code years}.
   */
  public static IndicatorSpec helseatlas(
      double multiplier, int years, SuppressionPolicy suppression) {
    return new IndicatorSpec(
        Standardisation.DIRECT,
        multiplier,
        DsrInterval.DOBSON,
        DsrOptions.PHE_MINIMUM_EVENTS,
        Judgement.NO_JUDGEMENT,
        4,
        BreakMethod.KMEANS,
        suppression,
        years);
  }

  DsrOptions dsrOptions() {
    return new DsrOptions(multiplier, interval, minimumEvents);
  }
}
