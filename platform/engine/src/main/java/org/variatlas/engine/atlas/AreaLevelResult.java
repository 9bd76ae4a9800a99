package org.variatlas.engine.atlas;

import org.variatlas.engine.classify.ClassBreaks;
import org.variatlas.engine.compare.BenchmarkOutcome;
import org.variatlas.engine.funnel.FunnelSignificance;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.variation.VariationStatistics;

/**
 * Everything the atlas shows for one indicator × area level × period. Arrays are indexed by group
 * (area) in the order of the input strata. Suppression has been applied to {@code groups} and
 * {@code national}; the variation statistics over values and the class breaks use only the values
 * left visible.
 *
 * @param groups per area: count, population (annual averages over a period), crude value, value, 95
 *     % and 99.8 % limits, method, status (the NA reason)
 * @param national the pooled value of all areas, computed the same way
 * @param versusNational95 each area against the national value by 95 % interval overlap
 * @param versusNational998 the same at 99.8 %
 * @param funnel each area's funnel-plot significance (rate funnel for crude and direct, ratio
 *     funnel for indirect standardisation)
 * @param observed observed events per area (period totals)
 * @param expected expected events per area from the pooled (national) stratum rates
 * @param variation FT, EQ and CV over the visible values; SCV and EB over O and E
 * @param breaks map class breaks of the visible values
 */
public record AreaLevelResult(
    GroupEstimates groups,
    Estimate national,
    BenchmarkOutcome[] versusNational95,
    BenchmarkOutcome[] versusNational998,
    FunnelSignificance[] funnel,
    double[] observed,
    double[] expected,
    VariationStatistics variation,
    ClassBreaks breaks) {}
