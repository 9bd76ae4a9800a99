package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.app.areas.CoveredAreas;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.MappingVersion;
import org.variatlas.app.population.PopulationService;
import org.variatlas.app.population.PopulationStratum;
import org.variatlas.app.population.ReferenceShare;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.engine.atlas.AreaLevelAnalysis;
import org.variatlas.engine.atlas.AreaLevelResult;
import org.variatlas.engine.atlas.IndicatorSpec;
import org.variatlas.engine.atlas.Standardisation;
import org.variatlas.engine.classify.BreakMethod;
import org.variatlas.engine.standardisation.DsrInterval;
import org.variatlas.engine.standardisation.StandardWeights;

/**
 * The engine's results of an indicator computed from counts, on every level and period (and each
 * single year within them, for trends and yearly dots), totals and category parts. Aggregation runs
 * in SQL by base unit and in memory by area (numerators by {@link EventStrataRepository} and {@link
 * EventRollUp}, denominators by {@link PopulationService}); every statistic comes from the engine's
 * {@link AreaLevelAnalysis}.
 */
@Component
class ComputedResults {

  private static final Logger log = LoggerFactory.getLogger(ComputedResults.class);

  private final EventStrataRepository events;
  private final PopulationService population;
  private final GeographyPack pack;

  ComputedResults(EventStrataRepository events, PopulationService population, GeographyPack pack) {
    this.events = events;
    this.population = population;
    this.pack = pack;
  }

  /** Every level and period of the indicator; empty when no counts of its measure are loaded. */
  List<LevelPeriod> compute(
      InstalledTopic topic, IndicatorDefinition indicator, CoveredAreas coverage) {
    // The measure's counts read once by base unit, rolled up to each level in memory.
    List<EventStratum> units =
        events.unitStrata(
            topic.id(),
            indicator.numeratorMeasure(),
            span(indicator),
            indicator.population(),
            indicator.ageBandWidth());
    return eachLevel(
        pack,
        topic,
        indicator,
        (level, out) -> level(topic, indicator, level, coverage, units, out));
  }

  /**
   * What {@code compute} gives for each of the indicator's levels the geography has, in order; a
   * level it lacks is logged and left out.
   */
  static List<LevelPeriod> eachLevel(
      GeographyPack pack,
      InstalledTopic topic,
      IndicatorDefinition indicator,
      BiConsumer<String, List<LevelPeriod>> compute) {
    List<LevelPeriod> out = new ArrayList<>();
    for (String level : indicator.levels()) {
      if (pack.level(level).isPresent()) {
        compute.accept(level, out);
      } else {
        log.warn("{}/{}: the geography has no level '{}'", topic.id(), indicator.id(), level);
      }
    }
    return out;
  }

  /** The periods computed: the indicator's own and every single year within them. */
  static Set<Period> periods(IndicatorDefinition indicator) {
    Set<Period> periods = new TreeSet<>(indicator.periods());
    for (Period p : indicator.periods()) {
      for (int y = p.from(); y <= p.to(); y++) {
        periods.add(Period.year(y));
      }
    }
    return periods;
  }

  /** The years from the first to the last of the indicator's periods. */
  static Period span(IndicatorDefinition indicator) {
    int first = indicator.periods().stream().mapToInt(Period::from).min().orElseThrow();
    int last = indicator.periods().stream().mapToInt(Period::to).max().orElseThrow();
    return Period.of(first, last);
  }

  private void level(
      InstalledTopic topic,
      IndicatorDefinition indicator,
      String level,
      CoveredAreas coverage,
      List<EventStratum> units,
      List<LevelPeriod> out) {
    Period span = span(indicator);
    PopulationFilter filter = indicator.population();
    int width = indicator.ageBandWidth();
    MappingVersion mapping = pack.defaultVersion();
    // Only the covered areas: the reference value and every statistic are over them (a topic of
    // the whole country keeps the areas met only in its data).
    Predicate<String> covered = coverage.filter(pack, mapping, level, span.to());
    StrataGrid grid =
        new StrataGrid(
            List.copyOf(coverage.codes(pack, mapping, level, span.to())), filter, width, span);
    for (PopulationStratum s : population.strata(level, span, filter, width, mapping.id())) {
      if (covered.test(s.area())) {
        grid.addPopulation(s.area(), s.year(), s.sex(), s.ageFrom(), s.persons());
      }
    }
    int eventStrata = 0;
    for (EventStratum e : EventRollUp.rollUp(units, EventRollUp.assignments(mapping, level))) {
      if (covered.test(e.area())) {
        grid.addEvents(e.area(), e.year(), e.sex(), e.ageFrom(), e.category(), e.count());
        eventStrata++;
      }
    }
    if (eventStrata == 0) {
      // Nothing loaded for the measure (yet): no results, rather than zero rates everywhere.
      log.info(
          "{}/{}: no counts of measure '{}' are loaded; no results on level {}",
          topic.id(),
          indicator.id(),
          indicator.numeratorMeasure(),
          level);
      return;
    }
    double[] weights = standardWeights(indicator, grid);
    List<String> categories = indicator.categories().stream().map(Category::id).toList();
    for (Period period : periods(indicator)) {
      IndicatorSpec spec = spec(indicator, period.years());
      AreaLevelResult total = AreaLevelAnalysis.run(grid.strata(period, null, weights), spec);
      Map<String, AreaLevelResult> parts = new LinkedHashMap<>();
      for (String category : categories) {
        parts.put(category, AreaLevelAnalysis.run(grid.strata(period, category, weights), spec));
      }
      out.add(new LevelPeriod(level, period, grid.areaCodes(), total, parts, spec));
    }
  }

  static IndicatorSpec spec(IndicatorDefinition indicator, int years) {
    Standardisation standardisation =
        switch (indicator.valueType()) {
          case DIRECTLY_STANDARDISED_RATE -> Standardisation.DIRECT;
          case INDIRECTLY_STANDARDISED_RATE, INDIRECTLY_STANDARDISED_RATIO ->
              Standardisation.INDIRECT;
          default -> Standardisation.NONE;
        };
    double minimum = standardisation == Standardisation.DIRECT ? indicator.minimumEvents() : 0;
    return new IndicatorSpec(
        standardisation,
        indicator.multiplier(),
        DsrInterval.DOBSON,
        minimum,
        ResultRows.polarity(indicator),
        ResultsCalculator.MAP_CLASSES,
        BreakMethod.KMEANS,
        ResultRows.suppression(indicator),
        years);
  }

  /** The standard weight of each (sex, band) stratum of the grid. */
  private double[] standardWeights(IndicatorDefinition indicator, StrataGrid grid) {
    double[] weights = new double[grid.strataCount()];
    if (indicator.standard() instanceof StandardPopulation.ReferenceYear reference) {
      for (ReferenceShare share :
          population.referenceShares(
              reference.year(), indicator.population(), indicator.ageBandWidth())) {
        int s = grid.stratum(share.sex(), share.ageFrom());
        if (s >= 0) {
          weights[s] = share.share();
        }
      }
    } else if (indicator.standard() instanceof StandardPopulation.Esp2013) {
      StandardWeights esp = StandardWeights.ESP2013;
      for (int s = 0; s < weights.length; s++) {
        int bandFrom = grid.bandFrom(s);
        weights[s] = esp.weight(Math.min(bandFrom / 5, esp.size() - 1));
      }
    } else {
      Arrays.fill(weights, 1); // crude rates: weights are not used
    }
    return weights;
  }
}
