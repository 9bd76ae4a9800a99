package org.variatlas.engine.funnel;

/**
 * Funnel limits for ratios O/E against 1, parametrised by the observed count O on PHE's 100-point
 * axis. Each column is the expected count E at which O lies on the limit, so the limit of the ratio
 * is O/E (PHE's {@code *_exp_events}).
 *
 * @param observed the observed count O at each axis point
 * @param lower95Expected E on the lower 95 % limit: χ²_{0.975}(2O+2)/2
 * @param upper95Expected E on the upper 95 % limit: χ²_{0.025}(2O)/2
 * @param lower998Expected E on the lower 99.8 % limit
 * @param upper998Expected E on the upper 99.8 % limit
 */
public record RatioFunnelLimits(
    double[] observed,
    double[] lower95Expected,
    double[] upper95Expected,
    double[] lower998Expected,
    double[] upper998Expected) {}
