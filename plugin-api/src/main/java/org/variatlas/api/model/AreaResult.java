package org.variatlas.api.model;

import java.util.Map;
import java.util.SortedMap;

/**
 * The result of an indicator for one area and period, as it may leave the server: after
 * small-number suppression, figures that must not be shown are {@code null} and {@link
 * #suppressed()} is true. Counts and populations of a period are yearly averages.
 *
 * @param area the area
 * @param events numerator (events or persons), or null
 * @param population denominator, or null
 * @param crude crude value in the indicator's unit, or null
 * @param value the indicator's value (adjusted where it is standardised), or null
 * @param lower95 lower 95 % limit, or null
 * @param upper95 upper 95 % limit, or null
 * @param lower998 lower 99.8 % limit, or null
 * @param upper998 upper 99.8 % limit, or null
 * @param comparison compared with the national value
 * @param funnelSignificance the funnel-plot label (e.g. {@code High (0.025)}), or null
 * @param suppressed whether figures were withheld (small numbers, or too few events for a DSR)
 * @param categoryValues value per category id for stacked indicators (empty otherwise)
 * @param yearlyValues value per year within a period ("årsvariasjon"), empty for single years
 */
public record AreaResult(
    AreaRef area,
    Double events,
    Double population,
    Double crude,
    Double value,
    Double lower95,
    Double upper95,
    Double lower998,
    Double upper998,
    Comparison comparison,
    String funnelSignificance,
    boolean suppressed,
    Map<String, Double> categoryValues,
    SortedMap<Integer, Double> yearlyValues) {

  public AreaResult {
    categoryValues = categoryValues == null ? Map.of() : Map.copyOf(categoryValues);
    yearlyValues =
        yearlyValues == null
            ? java.util.Collections.emptySortedMap()
            : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(yearlyValues));
    comparison = comparison == null ? Comparison.NOT_COMPARED : comparison;
  }

  /**
   * An area's row without figures: an area with no result, whose yearly dots may still be shown, or
   * a suppressed one, which shows nothing of its cell (no figures, parts or yearly dots).
   *
   * @param yearlyValues the yearly dots of an area with no result; ignored when suppressed
   */
  public static AreaResult withoutFigures(
      AreaRef area, boolean suppressed, SortedMap<Integer, Double> yearlyValues) {
    return new AreaResult(
        area,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Comparison.NOT_COMPARED,
        null,
        suppressed,
        Map.of(),
        suppressed ? null : yearlyValues);
  }

  /** This row with its funnel-plot label replaced (null for none). */
  public AreaResult withFunnelSignificance(String label) {
    return new AreaResult(
        area,
        events,
        population,
        crude,
        value,
        lower95,
        upper95,
        lower998,
        upper998,
        comparison,
        label,
        suppressed,
        categoryValues,
        yearlyValues);
  }
}
