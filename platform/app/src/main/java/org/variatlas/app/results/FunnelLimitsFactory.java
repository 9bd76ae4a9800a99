package org.variatlas.app.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.variatlas.api.model.AreaResult;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.model.ValueType;
import org.variatlas.api.ui.FunnelLimits;
import org.variatlas.engine.funnel.PoissonFunnel;
import org.variatlas.engine.funnel.RateFunnelLimits;

/**
 * The funnel plot's control limits for an indicator's results (Spiegelhalter; PHE's rate funnel on
 * its 100-point axis), computed by the engine when a page asks: they depend only on the areas'
 * events and rates, which are stored. Positions are population per year (PHE's derived denominator
 * for DSRs).
 */
public final class FunnelLimitsFactory {

  private FunnelLimitsFactory() {}

  /** Limits for rates, or empty when fewer than two areas have events and a value. */
  public static Optional<FunnelLimits> limits(IndicatorResults results) {
    List<AreaResult> areas =
        results.areas().stream()
            .filter(a -> a.value() != null && a.events() != null && a.events() > 0)
            .toList();
    if (areas.size() < 2) {
      return Optional.empty();
    }
    int years = results.period().years();
    double multiplier = results.indicator().multiplier();
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
    RateFunnelLimits l = PoissonFunnel.rateLimits(events, derived, multiplier, years);
    Map<String, Double> positions = new HashMap<>();
    for (int g = 0; g < derived.length; g++) {
      if (Double.isFinite(derived[g])) {
        positions.put(areas.get(g).area().code(), derived[g] / years);
      }
    }
    return Optional.of(
        new FunnelLimits(
            l.baseline(),
            FunnelLimits.XAxis.POPULATION,
            new FunnelLimits.Curve(l.lower95Population(), l.lower95Rate()),
            new FunnelLimits.Curve(l.upper95Population(), l.upper95Rate()),
            new FunnelLimits.Curve(l.lower998Population(), l.lower998Rate()),
            new FunnelLimits.Curve(l.upper998Population(), l.upper998Rate()),
            positions));
  }
}
