package org.variatlas.app.results;

import java.util.List;
import java.util.Map;
import org.variatlas.api.model.Period;
import org.variatlas.engine.atlas.AreaLevelResult;
import org.variatlas.engine.atlas.IndicatorSpec;

/**
 * The engine's results of a computed indicator on one level and period, before secondary
 * suppression: every area's total and, per category, its part.
 *
 * @param areaCodes the areas in the order of the engine's groups
 * @param total the totals (primary suppression applied)
 * @param parts per category id, the parts (primary suppression applied to each part's count)
 * @param spec what the engine was asked (classes, break method: the summary is recomputed with it)
 */
record LevelPeriod(
    String level,
    Period period,
    List<String> areaCodes,
    AreaLevelResult total,
    Map<String, AreaLevelResult> parts,
    IndicatorSpec spec) {}
