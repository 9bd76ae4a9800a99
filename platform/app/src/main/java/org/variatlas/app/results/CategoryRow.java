package org.variatlas.app.results;

import org.variatlas.api.model.Period;

/** The value of one category (stacked part) of an indicator for an area and period. */
public record CategoryRow(
    String indicatorId,
    String level,
    Period period,
    String areaCode,
    String category,
    Double value) {}
