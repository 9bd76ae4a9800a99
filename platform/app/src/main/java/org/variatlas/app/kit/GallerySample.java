package org.variatlas.app.kit;

import java.util.List;
import org.variatlas.api.model.IndicatorResults;
import org.variatlas.api.ui.FunnelLimits;

/**
 * The gallery's data in one language: a period indicator with its yearly results and funnel, a
 * stacked indicator, and the referral-area polygons.
 *
 * @param period shoulder surgery 2013–2017 on the HF level (rates, CIs, yearly values, funnel
 *     significance, classes)
 * @param years the same indicator year by year
 * @param funnel its funnel limits and each area's position
 * @param stacked consultations of children by specialist/general practitioner (categories)
 * @param areasGeoJson the 21 HF polygons, properties {@code code} and {@code name}
 */
record GallerySample(
    IndicatorResults period,
    List<IndicatorResults> years,
    FunnelLimits funnel,
    IndicatorResults stacked,
    String areasGeoJson) {}
