package org.variatlas.app.results;

import java.util.List;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.VariationSummary;

/** Variation across the areas of a level, and the map's class breaks (ascending upper bounds). */
public record SummaryRow(
    String indicatorId,
    String level,
    Period period,
    VariationSummary variation,
    List<Double> classBreaks) {}
