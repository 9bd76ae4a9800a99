package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.Denominator;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.app.areas.CoveredAreas;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.MappingVersion;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.engine.atlas.AreaLevelAnalysis;
import org.variatlas.engine.atlas.AreaLevelResult;
import org.variatlas.engine.atlas.IndicatorSpec;
import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.compare.BenchmarkComparison;
import org.variatlas.engine.compare.BenchmarkOutcome;
import org.variatlas.engine.funnel.FunnelSignificance;
import org.variatlas.engine.funnel.ProportionFunnel;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Proportions;
import org.variatlas.engine.rates.Status;

/**
 * Computed proportions: numerator measure ÷ denominator measure per area (e.g. operated within 48
 * hours ÷ all operations), over the residents the indicator admits, with the engine's Wilson
 * intervals, the comparison with the reference proportion (Σ numerators ÷ Σ denominators over the
 * covered areas) and the proportion funnel's significance. The results go through the same
 * disclosure control and row mapping as computed rates ({@link LevelPeriod}): the numerator's small
 * counts are the cells protected. Counts are stored as yearly averages, as for rates.
 */
@Component
class ProportionResults {

  private final EventStrataRepository events;
  private final GeographyPack pack;

  ProportionResults(EventStrataRepository events, GeographyPack pack) {
    this.events = events;
    this.pack = pack;
  }

  /** Whether the platform computes the indicator as a proportion of two measures. */
  static boolean applies(IndicatorDefinition indicator) {
    return indicator.provenance() == Provenance.COMPUTED
        && indicator.denominator() instanceof Denominator.Measure;
  }

  /** Every level and period of the indicator; empty when no denominators are loaded. */
  List<LevelPeriod> compute(
      InstalledTopic topic, IndicatorDefinition indicator, CoveredAreas coverage) {
    String denominatorMeasure = ((Denominator.Measure) indicator.denominator()).measureId();
    // Each measure's counts read once by base unit, rolled up to each level in memory.
    List<EventStratum> numerators = units(topic, indicator, indicator.numeratorMeasure());
    List<EventStratum> denominators = units(topic, indicator, denominatorMeasure);
    return ComputedResults.eachLevel(
        pack,
        topic,
        indicator,
        (level, out) -> level(indicator, level, coverage, numerators, denominators, out));
  }

  private void level(
      IndicatorDefinition indicator,
      String level,
      CoveredAreas coverage,
      List<EventStratum> numeratorUnits,
      List<EventStratum> denominatorUnits,
      List<LevelPeriod> out) {
    Period span = ComputedResults.span(indicator);
    MappingVersion mapping = pack.defaultVersion();
    List<String> areaCodes = List.copyOf(coverage.codes(pack, mapping, level, span.to()));
    Set<String> covered = Set.copyOf(areaCodes);
    List<MappingVersion.Assignment> assignments = EventRollUp.assignments(mapping, level);
    Map<String, double[]> numerators = yearly(numeratorUnits, assignments, span, covered);
    Map<String, double[]> denominators = yearly(denominatorUnits, assignments, span, covered);
    if (denominators.isEmpty()) {
      return; // nothing loaded yet: no results rather than empty ones
    }
    for (Period period : ComputedResults.periods(indicator)) {
      int n = areaCodes.size();
      double[] x = new double[n];
      double[] d = new double[n];
      for (int g = 0; g < n; g++) {
        x[g] = sum(numerators.get(areaCodes.get(g)), span, period);
        d[g] = sum(denominators.get(areaCodes.get(g)), span, period);
      }
      IndicatorSpec spec = ComputedResults.spec(indicator, period.years());
      out.add(new LevelPeriod(level, period, areaCodes, analyse(x, d, spec), Map.of(), spec));
    }
  }

  /**
   * The engine's result of one level and period, as {@link AreaLevelAnalysis#run} gives it for
   * rates: comparisons and funnel on the period's totals, then yearly averages, then the primary
   * small-number rule on the (averaged) numerator.
   */
  static AreaLevelResult analyse(double[] x, double[] d, IndicatorSpec spec) {
    // A numerator above its denominator is bad input the loaders should have refused; the engine
    // would throw, so such an area is shown without a value rather than failing the topic.
    double[] numerator = x.clone();
    double totalX = 0;
    double totalD = 0;
    for (int g = 0; g < numerator.length; g++) {
      if (numerator[g] > d[g]) {
        numerator[g] = Double.NaN;
      } else {
        totalX += numerator[g];
        totalD += d[g];
      }
    }
    GroupEstimates groups = Proportions.wilson(numerator, d, spec.multiplier());
    GroupEstimates reference =
        Proportions.wilson(new double[] {totalX}, new double[] {totalD}, spec.multiplier());
    double benchmark = reference.value()[0];
    BenchmarkOutcome[] versus95 =
        BenchmarkComparison.compare(groups, ConfidenceLevel.P95, benchmark, spec.polarity());
    BenchmarkOutcome[] versus998 =
        BenchmarkComparison.compare(groups, ConfidenceLevel.P998, benchmark, spec.polarity());
    FunnelSignificance[] funnel = funnel(numerator, d);
    groups.averageOver(spec.years());
    reference.averageOver(spec.years());
    spec.suppression().apply(groups);
    spec.suppression().apply(reference);
    boolean[] hidden = new boolean[groups.size()];
    for (int g = 0; g < hidden.length; g++) {
      hidden[g] = groups.status()[g] == Status.SUPPRESSED;
    }
    // No expected counts: SCV and EB (over O and E) are not defined for proportions here.
    double[] expected = new double[x.length];
    AreaLevelAnalysis.VisibleSummary summary =
        AreaLevelAnalysis.summarise(
            groups.value(), numerator, expected, groups.denominator(), hidden, spec);
    return new AreaLevelResult(
        groups,
        reference.get(0),
        versus95,
        versus998,
        funnel,
        numerator,
        expected,
        summary.variation(),
        summary.breaks());
  }

  /** The funnel's significance of each area with a denominator; null for the others. */
  private static FunnelSignificance[] funnel(double[] x, double[] d) {
    List<Integer> usable = new ArrayList<>();
    for (int g = 0; g < x.length; g++) {
      if (Double.isFinite(x[g]) && d[g] > 0) {
        usable.add(g);
      }
    }
    FunnelSignificance[] out = new FunnelSignificance[x.length];
    if (usable.size() < 2) {
      return out;
    }
    double[] ux = new double[usable.size()];
    double[] ud = new double[usable.size()];
    for (int i = 0; i < ux.length; i++) {
      ux[i] = x[usable.get(i)];
      ud[i] = d[usable.get(i)];
    }
    FunnelSignificance[] significance = ProportionFunnel.significance(ux, ud);
    for (int i = 0; i < ux.length; i++) {
      out[usable.get(i)] = significance[i];
    }
    return out;
  }

  /** A measure's counts by base unit, year, sex and a band of the filter's whole age range. */
  private List<EventStratum> units(
      InstalledTopic topic, IndicatorDefinition indicator, String measure) {
    int width = indicator.population().ageTo() - indicator.population().ageFrom() + 1;
    return events.unitStrata(
        topic.id(), measure, ComputedResults.span(indicator), indicator.population(), width);
  }

  /** A measure's counts per covered area and year of the span (sexes, ages, categories summed). */
  private static Map<String, double[]> yearly(
      List<EventStratum> units,
      List<MappingVersion.Assignment> assignments,
      Period span,
      Set<String> covered) {
    Map<String, double[]> out = new HashMap<>();
    for (EventStratum e : EventRollUp.rollUp(units, assignments)) {
      if (covered.contains(e.area())) { // categories are parts: the total is their sum
        out.computeIfAbsent(e.area(), k -> new double[span.years()])[e.year() - span.from()] +=
            e.count();
      }
    }
    return out;
  }

  private static double sum(double[] years, Period span, Period period) {
    if (years == null) {
      return 0;
    }
    double total = 0;
    for (int y = period.from(); y <= period.to(); y++) {
      total += years[y - span.from()];
    }
    return total;
  }
}
