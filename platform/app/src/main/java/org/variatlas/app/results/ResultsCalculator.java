package org.variatlas.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.api.model.ValueType;
import org.variatlas.api.model.VariationSummary;
import org.variatlas.app.areas.Area;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.MappingVersion;
import org.variatlas.app.loads.MeasureDataRepository;
import org.variatlas.app.loads.PublishedRow;
import org.variatlas.app.population.PopulationService;
import org.variatlas.app.population.PopulationStratum;
import org.variatlas.app.population.ReferenceShare;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.engine.atlas.AreaLevelAnalysis;
import org.variatlas.engine.atlas.AreaLevelResult;
import org.variatlas.engine.atlas.IndicatorSpec;
import org.variatlas.engine.atlas.Standardisation;
import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.classify.BreakMethod;
import org.variatlas.engine.classify.ClassBreaks;
import org.variatlas.engine.classify.Classifier;
import org.variatlas.engine.compare.BenchmarkComparison;
import org.variatlas.engine.compare.Polarity;
import org.variatlas.engine.funnel.FunnelSignificance;
import org.variatlas.engine.funnel.PoissonFunnel;
import org.variatlas.engine.rates.CountRates;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Status;
import org.variatlas.engine.standardisation.DsrInterval;
import org.variatlas.engine.standardisation.Strata;
import org.variatlas.engine.suppression.SuppressionPolicy;
import org.variatlas.engine.variation.VariationStatistics;

/**
 * Computes the results of one indicator on all its levels and periods. Aggregation runs in SQL
 * (numerators by {@link EventStrataRepository}, denominators by {@link PopulationService}); every
 * statistic comes from the engine ({@link AreaLevelAnalysis} for computed indicators; the engine's
 * comparison, suppression, variation and class breaks for imported ones). Nothing here computes a
 * statistic of its own.
 */
@Component
public class ResultsCalculator {

  private static final Logger log = LoggerFactory.getLogger(ResultsCalculator.class);
  private static final int MAP_CLASSES = 4;

  private final EventStrataRepository events;
  private final PopulationService population;
  private final MeasureDataRepository measureData;
  private final GeographyPack pack;

  public ResultsCalculator(
      EventStrataRepository events,
      PopulationService population,
      MeasureDataRepository measureData,
      GeographyPack pack) {
    this.events = events;
    this.population = population;
    this.measureData = measureData;
    this.pack = pack;
  }

  /** Everything to store for one indicator. */
  public record Computed(
      List<ResultRow> rows, List<CategoryRow> categories, List<SummaryRow> summaries) {}

  /** Computes an indicator of a topic from what is loaded now. */
  public Computed compute(InstalledTopic topic, IndicatorDefinition indicator) {
    Computed out = new Computed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    if (indicator.provenance() == Provenance.PUBLISHED) {
      imported(topic, indicator, out);
    } else if (indicator.valueType() == ValueType.PROPORTION
        || !(indicator.denominator()
            instanceof org.variatlas.api.model.Denominator.ResidentPopulation)) {
      log.warn(
          "{}/{}: proportions of two measures are not computed by this version of the results"
              + " pipeline; the indicator shows no values",
          topic.id(),
          indicator.id());
    } else {
      for (String level : indicator.levels()) {
        if (pack.level(level).isEmpty()) {
          log.warn("{}/{}: the geography has no level '{}'", topic.id(), indicator.id(), level);
          continue;
        }
        computed(topic, indicator, level, out);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- computed from counts

  private void computed(
      InstalledTopic topic, IndicatorDefinition indicator, String level, Computed out) {
    Set<Period> periods = new TreeSet<>(indicator.periods());
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Period p : indicator.periods()) {
      first = Math.min(first, p.from());
      last = Math.max(last, p.to());
      for (int y = p.from(); y <= p.to(); y++) {
        periods.add(Period.year(y)); // yearly values: trends and the dots within a period
      }
    }
    Period span = Period.of(first, last);
    PopulationFilter filter = indicator.population();
    int width = indicator.ageBandWidth();
    MappingVersion mapping = pack.defaultVersion();

    StrataGrid grid =
        new StrataGrid(
            pack.areasIn(mapping, level, last).stream().map(Area::code).toList(),
            filter,
            width,
            span);
    for (PopulationStratum s : population.strata(level, span, filter, width, mapping.id())) {
      grid.addPopulation(s.area(), s.year(), s.sex(), s.ageFrom(), s.persons());
    }
    int eventStrata = 0;
    for (EventStratum e :
        events.strata(
            topic.id(), indicator.numeratorMeasure(), mapping.id(), level, span, filter, width)) {
      grid.addEvents(e.area(), e.year(), e.sex(), e.ageFrom(), e.category(), e.count());
      eventStrata++;
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
    List<String> areaCodes = grid.areaCodes();
    double[] weights = standardWeights(indicator, grid);
    List<String> categories = indicator.categories().stream().map(Category::id).toList();

    for (Period period : periods) {
      IndicatorSpec spec = spec(indicator, period.years());
      Strata strata = grid.strata(period, null, weights);
      AreaLevelResult result = AreaLevelAnalysis.run(strata, spec);
      GroupEstimates groups = result.groups();
      for (int g = 0; g < areaCodes.size(); g++) {
        Estimate e = groups.get(g);
        out.rows()
            .add(
                row(
                    indicator,
                    level,
                    period,
                    areaCodes.get(g),
                    false,
                    Provenance.COMPUTED,
                    e,
                    comparison(result.versusNational95()[g]),
                    result.funnel()[g] == null ? null : result.funnel()[g].label()));
      }
      out.rows()
          .add(
              row(
                  indicator,
                  level,
                  period,
                  AreaRef.NATIONAL_CODE,
                  true,
                  Provenance.COMPUTED,
                  result.national(),
                  Comparison.NOT_COMPARED,
                  null));
      out.summaries()
          .add(
              new SummaryRow(
                  indicator.id(),
                  level,
                  period,
                  variation(result.variation(), groups.value()),
                  innerBreaks(result.breaks())));
      for (String category : categories) {
        AreaLevelResult part = AreaLevelAnalysis.run(grid.strata(period, category, weights), spec);
        for (int g = 0; g <= areaCodes.size(); g++) {
          boolean national = g == areaCodes.size();
          Estimate total = national ? result.national() : groups.get(g);
          Estimate e = national ? part.national() : part.groups().get(g);
          // A part is shown only where the total is: suppression of the total covers its parts.
          Double value = total.status() == Status.PUBLISHED ? finite(e.value()) : null;
          out.categories()
              .add(
                  new CategoryRow(
                      indicator.id(),
                      level,
                      period,
                      national ? AreaRef.NATIONAL_CODE : areaCodes.get(g),
                      category,
                      value));
        }
      }
    }
  }

  private IndicatorSpec spec(IndicatorDefinition indicator, int years) {
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
        polarity(indicator),
        MAP_CLASSES,
        BreakMethod.KMEANS,
        suppression(indicator),
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
      org.variatlas.engine.standardisation.StandardPopulation esp =
          org.variatlas.engine.standardisation.StandardPopulation.ESP2013;
      for (int s = 0; s < weights.length; s++) {
        int bandFrom = grid.bandFrom(s);
        weights[s] = esp.weight(Math.min(bandFrom / 5, esp.size() - 1));
      }
    } else {
      java.util.Arrays.fill(weights, 1); // crude rates: weights are not used
    }
    return weights;
  }

  // ---------------------------------------------------------------- imported as published

  private void imported(InstalledTopic topic, IndicatorDefinition indicator, Computed out) {
    Map<String, Map<Period, List<PublishedRow>>> byLevel = new LinkedHashMap<>();
    Map<Period, PublishedRow> national = new HashMap<>();
    Map<Period, Map<String, Double>> nationalParts = new HashMap<>();
    for (PublishedRow r :
        PublishedAverages.with(
            measureData.published(topic.id(), indicator.id()), indicator.suppressionThreshold())) {
      Period period = Period.of(r.periodFrom(), r.periodTo());
      if (AreaRef.NATIONAL_LEVEL.equals(r.level())) {
        if (r.category().isEmpty()) {
          national.put(period, r);
        } else {
          nationalParts
              .computeIfAbsent(period, k -> new LinkedHashMap<>())
              .put(r.category(), r.value());
        }
        continue;
      }
      byLevel
          .computeIfAbsent(r.level(), k -> new LinkedHashMap<>())
          .computeIfAbsent(period, k -> new ArrayList<>())
          .add(r);
    }
    SuppressionPolicy suppression = suppression(indicator);
    for (var level : byLevel.entrySet()) {
      for (var entry : level.getValue().entrySet()) {
        Period period = entry.getKey();
        List<PublishedRow> totals =
            entry.getValue().stream().filter(r -> r.category().isEmpty()).toList();
        int n = totals.size();
        GroupEstimates groups = new GroupEstimates(n);
        double[] numerator = new double[n];
        double[] denominator = new double[n];
        for (int g = 0; g < n; g++) {
          PublishedRow r = totals.get(g);
          numerator[g] = nan(r.numerator());
          denominator[g] = nan(r.denominator());
        }
        GroupEstimates crude = CountRates.crude(numerator, denominator, indicator.multiplier());
        for (int g = 0; g < n; g++) {
          PublishedRow r = totals.get(g);
          groups.count()[g] = numerator[g];
          groups.denominator()[g] = denominator[g];
          groups.crude()[g] = crude.value()[g];
          groups.value()[g] = nan(r.value());
          groups.lower95()[g] = nan(r.lower95());
          groups.upper95()[g] = nan(r.upper95());
          if (r.value() == null) {
            groups.withhold(g, Status.MISSING_INPUT);
          }
        }
        suppression.apply(groups);
        PublishedRow nationalRow = national.get(period);
        double benchmark = nationalRow == null ? Double.NaN : nan(nationalRow.value());
        org.variatlas.engine.compare.Comparison[] comparisons =
            BenchmarkComparison.compare(
                groups, ConfidenceLevel.P95, benchmark, polarity(indicator));
        String[] funnel = funnelSignificance(indicator, groups, period.years());
        Set<String> visible = new LinkedHashSet<>();
        for (int g = 0; g < n; g++) {
          Estimate e = groups.get(g);
          String code = totals.get(g).areaCode();
          if (e.status() == Status.PUBLISHED) {
            visible.add(code);
          }
          out.rows()
              .add(
                  row(
                      indicator,
                      level.getKey(),
                      period,
                      code,
                      false,
                      Provenance.PUBLISHED,
                      e,
                      comparison(comparisons[g]),
                      funnel[g]));
        }
        if (nationalRow != null) {
          out.rows().add(nationalRow(indicator, level.getKey(), period, nationalRow));
        }
        for (PublishedRow r : entry.getValue()) {
          if (!r.category().isEmpty() && visible.contains(r.areaCode())) {
            out.categories()
                .add(
                    new CategoryRow(
                        indicator.id(),
                        level.getKey(),
                        period,
                        r.areaCode(),
                        r.category(),
                        r.value()));
          }
        }
        nationalParts
            .getOrDefault(period, Map.of())
            .forEach(
                (category, value) ->
                    out.categories()
                        .add(
                            new CategoryRow(
                                indicator.id(),
                                level.getKey(),
                                period,
                                AreaRef.NATIONAL_CODE,
                                category,
                                value)));
        double[] population = groups.denominator().clone();
        boolean anyPopulation = java.util.Arrays.stream(population).anyMatch(Double::isFinite);
        VariationStatistics variation =
            VariationStatistics.of(
                groups.value(), new double[0], new double[0], anyPopulation ? population : null);
        out.summaries()
            .add(
                new SummaryRow(
                    indicator.id(),
                    level.getKey(),
                    period,
                    variation(variation, groups.value()),
                    innerBreaks(
                        Classifier.breaks(groups.value(), MAP_CLASSES, BreakMethod.KMEANS))));
      }
    }
  }

  /**
   * The funnel-plot significance of published rates that come with their counts (the engine's rate
   * funnel: DSR or crude, per years of data); null where an area has no count or value.
   */
  private static String[] funnelSignificance(
      IndicatorDefinition indicator, GroupEstimates groups, int years) {
    int n = groups.size();
    String[] labels = new String[n];
    List<Integer> usable = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      if (groups.count()[g] > 0 && Double.isFinite(groups.value()[g]) && groups.value()[g] > 0) {
        usable.add(g);
      }
    }
    if (usable.size() < 2
        || !(indicator.valueType() == ValueType.DIRECTLY_STANDARDISED_RATE
            || indicator.valueType() == ValueType.CRUDE_RATE)) {
      return labels;
    }
    double[] events = new double[usable.size()];
    double[] rates = new double[usable.size()];
    for (int i = 0; i < events.length; i++) {
      events[i] = groups.count()[usable.get(i)] * years; // published counts are yearly averages
      rates[i] = groups.value()[usable.get(i)];
    }
    PoissonFunnel.RateType type =
        indicator.valueType() == ValueType.DIRECTLY_STANDARDISED_RATE
            ? PoissonFunnel.RateType.DSR
            : PoissonFunnel.RateType.CRUDE;
    double[] derived =
        PoissonFunnel.derivedDenominators(events, rates, null, type, indicator.multiplier());
    FunnelSignificance[] significance = PoissonFunnel.rateSignificance(events, derived, type);
    for (int i = 0; i < events.length; i++) {
      labels[usable.get(i)] = significance[i] == null ? null : significance[i].label();
    }
    return labels;
  }

  private ResultRow nationalRow(
      IndicatorDefinition indicator, String level, Period period, PublishedRow r) {
    GroupEstimates one = new GroupEstimates(1);
    double num = nan(r.numerator());
    double den = nan(r.denominator());
    one.count()[0] = num;
    one.denominator()[0] = den;
    one.crude()[0] =
        CountRates.crude(new double[] {num}, new double[] {den}, indicator.multiplier()).value()[0];
    one.value()[0] = nan(r.value());
    one.lower95()[0] = nan(r.lower95());
    one.upper95()[0] = nan(r.upper95());
    return row(
        indicator,
        level,
        period,
        AreaRef.NATIONAL_CODE,
        true,
        Provenance.PUBLISHED,
        one.get(0),
        Comparison.NOT_COMPARED,
        null);
  }

  // ---------------------------------------------------------------- mapping to rows

  private static ResultRow row(
      IndicatorDefinition indicator,
      String level,
      Period period,
      String areaCode,
      boolean national,
      Provenance provenance,
      Estimate e,
      Comparison comparison,
      String funnel) {
    boolean suppressed = e.status() == Status.SUPPRESSED;
    return new ResultRow(
        indicator.id(),
        level,
        period,
        areaCode,
        national,
        provenance,
        suppressed ? null : finite(e.count()),
        suppressed ? null : finite(e.denominator()),
        finite(e.crude()),
        finite(e.value()),
        finite(e.lower95()),
        finite(e.upper95()),
        finite(e.lower998()),
        finite(e.upper998()),
        comparison,
        funnel,
        e.status().name(),
        suppressed);
  }

  /** The API's summary: CV and SCV in percent (× 100, as Helseatlas reports them). */
  private static VariationSummary variation(VariationStatistics v, double[] values) {
    int areas = 0;
    for (double value : values) {
      if (Double.isFinite(value)) {
        areas++;
      }
    }
    if (v == null) {
      return new VariationSummary(
          areas, null, null, null, null, null, null, null, null, null, null);
    }
    return new VariationSummary(
        areas,
        finite(v.ft1()),
        finite(v.ft2()),
        finite(v.ft3()),
        finite(v.eq95to5()),
        finite(v.eq80to20()),
        finite(100 * v.cv()),
        finite(100 * v.cvWeighted()),
        finite(100 * v.scv()),
        finite(100 * v.scvLog()),
        finite(v.ebAlpha()));
  }

  private static List<Double> innerBreaks(ClassBreaks breaks) {
    List<Double> inner = new ArrayList<>();
    double[] bounds = breaks == null ? new double[0] : breaks.bounds();
    for (int i = 1; i < bounds.length - 1; i++) {
      inner.add(bounds[i]);
    }
    return inner;
  }

  private static Comparison comparison(org.variatlas.engine.compare.Comparison c) {
    return c == null ? Comparison.NOT_COMPARED : Comparison.valueOf(c.name());
  }

  private static Polarity polarity(IndicatorDefinition indicator) {
    return Polarity.valueOf(indicator.polarity().name());
  }

  private static SuppressionPolicy suppression(IndicatorDefinition indicator) {
    return indicator.suppressionThreshold() > 0
        ? SuppressionPolicy.hideAllBelow(indicator.suppressionThreshold())
        : SuppressionPolicy.none();
  }

  private static double nan(Double d) {
    return d == null ? Double.NaN : d;
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }

  /**
   * Dense strata of one level: every area has every (sex, band) stratum; events (per category) and
   * population per year, so that any period within the span sums its own years.
   */
  static final class StrataGrid {
    private final List<String> areaCodes = new ArrayList<>();
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final List<Sex> sexes;
    private final int ageFrom;
    private final int width;
    private final int bands;
    private final Period span;
    private final Map<String, List<double[]>> events = new HashMap<>(); // category -> per area
    private final List<double[]> population = new ArrayList<>();

    /**
     * @param areaCodes the level's areas in display order; areas met only in the data are added
     *     after them
     */
    StrataGrid(List<String> areaCodes, PopulationFilter filter, int width, Period span) {
      this.sexes = filter.sexes().stream().sorted().toList();
      this.ageFrom = filter.ageFrom();
      this.width = width;
      this.bands = (filter.ageTo() - filter.ageFrom()) / width + 1;
      this.span = span;
      areaCodes.forEach(this::area);
    }

    List<String> areaCodes() {
      return List.copyOf(areaCodes);
    }

    int strataCount() {
      return sexes.size() * bands;
    }

    int stratum(Sex sex, int bandFrom) {
      int i = sexes.indexOf(sex);
      int band = (bandFrom - ageFrom) / width;
      return i < 0 || band < 0 || band >= bands ? -1 : i * bands + band;
    }

    int bandFrom(int stratum) {
      return ageFrom + (stratum % bands) * width;
    }

    private int area(String code) {
      return areaIndex.computeIfAbsent(
          code,
          c -> {
            areaCodes.add(c);
            return areaCodes.size() - 1;
          });
    }

    /** The row of an area's cells in a table, created (all zero) on first use. */
    private double[] cells(List<double[]> table, int area) {
      while (table.size() <= area) {
        table.add(new double[span.years() * strataCount()]);
      }
      return table.get(area);
    }

    private int column(int year, int stratum) {
      return (year - span.from()) * strataCount() + stratum;
    }

    void addPopulation(String code, int year, Sex sex, int bandFrom, long persons) {
      int s = stratum(sex, bandFrom);
      if (s >= 0 && span.contains(year)) {
        cells(population, area(code))[column(year, s)] += persons;
      }
    }

    void addEvents(String code, int year, Sex sex, int bandFrom, String category, long count) {
      int s = stratum(sex, bandFrom);
      if (s < 0 || !span.contains(year)) {
        return;
      }
      int a = area(code);
      for (String key : category.isEmpty() ? List.of("") : List.of("", category)) {
        cells(events.computeIfAbsent(key, k -> new ArrayList<>()), a)[column(year, s)] += count;
      }
    }

    /** The strata of a period (summed over its years) for the total (null) or one category. */
    Strata strata(Period period, String category, double[] weights) {
      int areas = areaCodes.size();
      int strataCount = strataCount();
      List<double[]> table =
          events.computeIfAbsent(category == null ? "" : category, k -> new ArrayList<>());
      int[] offsets = new int[areas + 1];
      int[] stratum = new int[areas * strataCount];
      double[] e = new double[areas * strataCount];
      double[] n = new double[areas * strataCount];
      double[] w = new double[areas * strataCount];
      for (int a = 0; a < areas; a++) {
        offsets[a] = a * strataCount;
        double[] areaEvents = cells(table, a);
        double[] areaPopulation = cells(population, a);
        for (int s = 0; s < strataCount; s++) {
          int row = a * strataCount + s;
          stratum[row] = s;
          w[row] = weights[s];
          for (int y = period.from(); y <= period.to(); y++) {
            e[row] += areaEvents[column(y, s)];
            n[row] += areaPopulation[column(y, s)];
          }
        }
      }
      offsets[areas] = areas * strataCount;
      return Strata.of(offsets, stratum, e, n, w);
    }
  }
}
