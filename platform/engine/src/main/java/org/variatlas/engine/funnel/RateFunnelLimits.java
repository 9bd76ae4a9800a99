package org.variatlas.engine.funnel;

/**
 * Funnel limits for rates (crude or DSR), parametrised by the event count on PHE's 100-point axis.
 * Each limit is a point (population per year, rate): the population at which that many events lie
 * on the limit, and the rate there (per multiplier).
 *
 * @param events the event count at each axis point
 * @param lower95Population population per year on the lower 95 % limit, μ/θ₀/years
 * @param lower95Rate rate on the lower 95 % limit, events/(μ/θ₀) × multiplier
 * @param upper95Population population per year on the upper 95 % limit
 * @param upper95Rate rate on the upper 95 % limit
 * @param lower998Population population per year on the lower 99.8 % limit
 * @param lower998Rate rate on the lower 99.8 % limit
 * @param upper998Population population per year on the upper 99.8 % limit
 * @param upper998Rate rate on the upper 99.8 % limit
 * @param baseline the target θ₀ × multiplier
 */
public record RateFunnelLimits(
    double[] events,
    double[] lower95Population,
    double[] lower95Rate,
    double[] upper95Population,
    double[] upper95Rate,
    double[] lower998Population,
    double[] lower998Rate,
    double[] upper998Population,
    double[] upper998Rate,
    double baseline) {}
