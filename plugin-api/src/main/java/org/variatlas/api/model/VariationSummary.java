package org.variatlas.api.model;

/**
 * Variation of an indicator across the areas of a level. Any statistic may be {@code null} when it
 * is undefined (e.g. FT1 when the lowest value is 0, SCV without expected counts).
 *
 * @param areas number of areas with a value
 * @param ft1 highest / lowest value (Helseatlas "forholdstall")
 * @param ft2 2nd highest / 2nd lowest
 * @param ft3 3rd highest / 3rd lowest
 * @param eq95to5 P95 / P5
 * @param eq80to20 P80 / P20
 * @param cv coefficient of variation, SD / mean of area values
 * @param cvWeighted population-weighted CV
 * @param scv systematic component of variation x 100 (McPherson; Diehr form)
 * @param scvLog SCV x 100 in the log form
 * @param ebAlpha Poisson-Gamma EB shape alpha; 1/alpha is the EB analogue of SCV
 */
public record VariationSummary(
    int areas,
    Double ft1,
    Double ft2,
    Double ft3,
    Double eq95to5,
    Double eq80to20,
    Double cv,
    Double cvWeighted,
    Double scv,
    Double scvLog,
    Double ebAlpha) {}
