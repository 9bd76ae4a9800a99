package org.variatlas.engine.funnel;

/**
 * Funnel limits for proportions on PHE's 100-point axis, in the unit of the multiplier (percent
 * when it is 100), clipped to [0, multiplier].
 *
 * @param population the denominator at each axis point
 * @param lower95 lower 95 % limit (p = 0.025 per tail)
 * @param upper95 upper 95 % limit
 * @param lower998 lower 99.8 % limit (p = 0.001 per tail)
 * @param upper998 upper 99.8 % limit
 * @param baseline the target θ₀ × multiplier
 */
public record ProportionFunnelLimits(
    double[] population,
    double[] lower95,
    double[] upper95,
    double[] lower998,
    double[] upper998,
    double baseline) {}
