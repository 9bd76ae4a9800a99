package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.ValueType;
import org.variatlas.api.ui.FunnelLimits;
import org.variatlas.engine.funnel.FunnelSignificance;
import org.variatlas.engine.funnel.PoissonFunnel;
import org.variatlas.engine.funnel.ProportionFunnel;
import org.variatlas.engine.funnel.ProportionFunnelLimits;
import org.variatlas.engine.funnel.RateFunnelLimits;

/**
 * The funnel plot's control limits for an indicator's results (Spiegelhalter; PHE's rate funnel on
 * its 100-point axis), computed by the engine when a page asks: they depend only on the areas'
 * events and rates, which are stored. Positions are population per year (PHE's derived denominator
 * for DSRs).
 *
 * <p>The centre line is the page's one reference value, Norway's row (as the bars, the table and
 * the trend show it), not the pooled mean of the areas; the points are classified against the same
 * line, so that a point outside the limits is one the line says differs from Norway.
 */
public final class FunnelLimitsFactory {

  private FunnelLimitsFactory() {}

  /** The limits and the results with each area's funnel class against the same centre line. */
  public record Funnel(FunnelLimits limits, IndicatorResults results) {}

  /** Limits for rates, or empty when fewer than two areas have events and a value. */
  public static Optional<FunnelLimits> limits(IndicatorResults results) {
    return funnel(results).map(Funnel::limits);
  }

  /** Limits and classes around Norway's value, or empty without two areas with events. */
  public static Optional<Funnel> funnel(IndicatorResults results) {
    List<AreaResult> areas =
        results.areas().stream()
            .filter(a -> a.value() != null && a.value() > 0 && a.events() != null && a.events() > 0)
            .toList();
    if (areas.size() < 2) {
      return Optional.empty();
    }
    int years = results.period().years();
    double multiplier = results.indicator().multiplier();
    if (results.indicator().valueType() == ValueType.PROPORTION) {
      return Optional.of(proportions(results, areas, years, multiplier));
    }
    double[] events = new double[areas.size()];
    double[] rates = new double[areas.size()];
    double[] population = new double[areas.size()];
    for (int g = 0; g < events.length; g++) {
      AreaResult a = areas.get(g);
      events[g] = a.events() * years; // stored as a yearly average over the period
      rates[g] = a.value();
      population[g] = a.population() == null ? Double.NaN : a.population() * years;
    }
    PoissonFunnel.RateType type =
        results.indicator().valueType() == ValueType.DIRECTLY_STANDARDISED_RATE
            ? PoissonFunnel.RateType.DSR
            : PoissonFunnel.RateType.CRUDE;
    double[] derived =
        PoissonFunnel.derivedDenominators(events, rates, population, type, multiplier);
    AreaResult national = results.national();
    double theta =
        national != null && national.value() != null && national.value() > 0
            ? national.value() / multiplier
            : PoissonFunnel.rateTarget(events, derived);
    RateFunnelLimits l = PoissonFunnel.rateLimits(events, derived, multiplier, years, theta);
    FunnelSignificance[] classes = PoissonFunnel.rateSignificance(events, derived, type, theta);
    Map<String, Double> positions = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (int g = 0; g < derived.length; g++) {
      String code = areas.get(g).area().code();
      if (Double.isFinite(derived[g])) {
        positions.put(code, derived[g] / years);
      }
      labels.put(code, classes[g] == null ? null : classes[g].label());
    }
    FunnelLimits limits =
        new FunnelLimits(
            l.baseline(),
            FunnelLimits.XAxis.POPULATION,
            new FunnelLimits.Curve(l.lower95Population(), l.lower95Rate()),
            new FunnelLimits.Curve(l.upper95Population(), l.upper95Rate()),
            new FunnelLimits.Curve(l.lower998Population(), l.lower998Rate()),
            new FunnelLimits.Curve(l.upper998Population(), l.upper998Rate()),
            positions);
    return Optional.of(new Funnel(limits, withClasses(results, labels)));
  }

  private static IndicatorResults withClasses(IndicatorResults r, Map<String, String> labels) {
    List<AreaResult> areas = new ArrayList<>();
    for (AreaResult a : r.areas()) {
      areas.add(a.withFunnelSignificance(labels.get(a.area().code())));
    }
    return new IndicatorResults(
        r.indicator(), r.level(), r.period(), areas, r.national(), r.variation(), r.classBreaks());
  }

  /**
   * Proportion funnel (Spiegelhalter): limits around the reference proportion (the national row,
   * else Σx/Σn over the shown areas), on the denominator per year (stored as yearly averages, as
   * events are); the points classified against the same line.
   */
  private static Funnel proportions(
      IndicatorResults results, List<AreaResult> areas, int years, double multiplier) {
    double[] x = new double[areas.size()];
    double[] n = new double[areas.size()];
    for (int g = 0; g < x.length; g++) {
      AreaResult a = areas.get(g);
      x[g] = a.events() * years;
      n[g] = a.population() == null ? Double.NaN : a.population() * years;
    }
    AreaResult national = results.national();
    double theta =
        national != null && national.value() != null && national.value() > 0
            ? national.value() / multiplier
            : ProportionFunnel.target(x, n);
    ProportionFunnelLimits l = ProportionFunnel.limits(n, multiplier, theta);
    FunnelSignificance[] classes = ProportionFunnel.significance(x, n, theta);
    Map<String, Double> positions = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (int g = 0; g < x.length; g++) {
      String code = areas.get(g).area().code();
      if (Double.isFinite(n[g])) {
        positions.put(code, n[g] / years);
      }
      labels.put(code, classes[g] == null ? null : classes[g].label());
    }
    double[] axis = l.population().clone();
    for (int j = 0; j < axis.length; j++) {
      axis[j] /= years;
    }
    FunnelLimits limits =
        new FunnelLimits(
            l.baseline(),
            FunnelLimits.XAxis.POPULATION,
            new FunnelLimits.Curve(axis, l.lower95()),
            new FunnelLimits.Curve(axis, l.upper95()),
            new FunnelLimits.Curve(axis, l.lower998()),
            new FunnelLimits.Curve(axis, l.upper998()),
            positions);
    return new Funnel(limits, withClasses(results, labels));
  }
}
