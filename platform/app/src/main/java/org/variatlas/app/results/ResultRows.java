package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.VariationSummary;
import org.variatlas.engine.classify.ClassBreaks;
import org.variatlas.engine.compare.BenchmarkOutcome;
import org.variatlas.engine.compare.Judgement;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.Status;
import org.variatlas.engine.suppression.SuppressionPolicy;
import org.variatlas.engine.variation.VariationStatistics;

/** From the engine's estimates to stored rows: the one mapping computed and imported share. */
final class ResultRows {

  private ResultRows() {}

  /**
   * A stored row. A suppressed row (primary or secondary) keeps nothing but its key: no count,
   * population, value, interval, comparison or funnel position.
   */
  static ResultRow row(
      IndicatorDefinition indicator,
      String level,
      Period period,
      String areaCode,
      boolean national,
      Provenance provenance,
      Estimate e,
      Comparison comparison,
      String funnel,
      boolean suppressed) {
    if (suppressed) {
      return suppressed(indicator, level, period, areaCode, national, provenance);
    }
    return new ResultRow(
        indicator.id(),
        level,
        period,
        areaCode,
        national,
        provenance,
        finite(e.count()),
        finite(e.denominator()),
        finite(e.crude()),
        finite(e.value()),
        finite(e.lower95()),
        finite(e.upper95()),
        finite(e.lower998()),
        finite(e.upper998()),
        comparison,
        funnel,
        e.status().name(),
        false);
  }

  /** The row of a suppressed cell: its key and nothing else. */
  static ResultRow suppressed(
      IndicatorDefinition indicator,
      String level,
      Period period,
      String areaCode,
      boolean national,
      Provenance provenance) {
    return new ResultRow(
        indicator.id(),
        level,
        period,
        areaCode,
        national,
        provenance,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Comparison.NOT_COMPARED,
        null,
        Status.SUPPRESSED.name(),
        true);
  }

  /** The API's summary: CV and SCV in percent (× 100, as Helseatlas reports them). */
  static VariationSummary variation(VariationStatistics v, double[] values) {
    int areas = 0;
    for (double value : values) {
      if (Double.isFinite(value)) {
        areas++;
      }
    }
    if (v == null) {
      return new VariationSummary(
          areas, null, null, null, null, null, null, null, null, null, null);
    }
    return new VariationSummary(
        areas,
        finite(v.ft1()),
        finite(v.ft2()),
        finite(v.ft3()),
        finite(v.eq95to5()),
        finite(v.eq80to20()),
        finite(100 * v.cv()),
        finite(100 * v.cvWeighted()),
        finite(100 * v.scv()),
        finite(100 * v.scvLog()),
        finite(v.ebAlpha()));
  }

  static List<Double> innerBreaks(ClassBreaks breaks) {
    List<Double> inner = new ArrayList<>();
    double[] bounds = breaks == null ? new double[0] : breaks.bounds();
    for (int i = 1; i < bounds.length - 1; i++) {
      inner.add(bounds[i]);
    }
    return inner;
  }

  static Comparison comparison(BenchmarkOutcome c) {
    return c == null ? Comparison.NOT_COMPARED : Comparison.valueOf(c.name());
  }

  static Judgement polarity(IndicatorDefinition indicator) {
    return Judgement.valueOf(indicator.polarity().name());
  }

  /** The primary rule: counts below the indicator's threshold (the platform's minimum at least). */
  static SuppressionPolicy suppression(IndicatorDefinition indicator) {
    return indicator.suppressionThreshold() > 0
        ? SuppressionPolicy.hideAllBelow(indicator.suppressionThreshold())
        : SuppressionPolicy.none();
  }

  static double nan(Double d) {
    return d == null ? Double.NaN : d;
  }

  static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }
}
