package org.variatlas.api.model;

import java.util.List;

/**
 * All results of an indicator on one area level and period: one row per area, the national row, the
 * variation across areas and the map's class breaks.
 *
 * @param indicator the indicator
 * @param level the area level
 * @param period the year or period
 * @param areas one row per area of the level (suppressed rows included, without their figures)
 * @param national the national total
 * @param variation the variation statistics, or null when there are too few areas
 * @param classBreaks the upper bounds of all but the last map class, ascending (Helseatlas:
 *     k-means, 4 classes, breaks at midpoints)
 */
public record IndicatorResults(
    IndicatorDefinition indicator,
    String level,
    Period period,
    List<AreaResult> areas,
    AreaResult national,
    VariationSummary variation,
    List<Double> classBreaks) {

  public IndicatorResults {
    areas = List.copyOf(areas);
    classBreaks = classBreaks == null ? List.of() : List.copyOf(classBreaks);
  }
}
