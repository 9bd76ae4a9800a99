package org.variatlas.app.results;

import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;

/**
 * One stored result: an indicator's figures for an area (or the national total) on a level and
 * period, after small-number suppression. Figures withheld are {@code null}.
 *
 * @param status the engine's status name (PUBLISHED, SUPPRESSED, BELOW_MINIMUM_EVENTS, ...) or, for
 *     imported values, PUBLISHED / NOT_PUBLISHED
 */
public record ResultRow(
    String indicatorId,
    String level,
    Period period,
    String areaCode,
    boolean national,
    Provenance provenance,
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
    String status,
    boolean suppressed) {}
