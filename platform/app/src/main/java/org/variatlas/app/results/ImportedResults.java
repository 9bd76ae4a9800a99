package org.variatlas.app.results;

import static org.variatlas.app.results.ResultRows.comparison;
import static org.variatlas.app.results.ResultRows.innerBreaks;
import static org.variatlas.app.results.ResultRows.nan;
import static org.variatlas.app.results.ResultRows.polarity;
import static org.variatlas.app.results.ResultRows.row;
import static org.variatlas.app.results.ResultRows.suppression;
import static org.variatlas.app.results.ResultRows.variation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.Provenance;
import org.variatlas.api.model.ValueType;
import org.variatlas.app.areas.CoveredAreas;
import org.variatlas.app.loads.PublishedRow;
import org.variatlas.app.loads.RunDataRepository;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.classify.BreakMethod;
import org.variatlas.engine.classify.Classifier;
import org.variatlas.engine.compare.BenchmarkComparison;
import org.variatlas.engine.compare.BenchmarkOutcome;
import org.variatlas.engine.funnel.FunnelSignificance;
import org.variatlas.engine.funnel.PoissonFunnel;
import org.variatlas.engine.rates.CountRates;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Status;
import org.variatlas.engine.suppression.SuppressionPolicy;
import org.variatlas.engine.variation.VariationStatistics;

/**
 * The results of an indicator imported as its producer published them: values and limits as
 * published, the platform's comparison with the national value, funnel position, variation and
 * class breaks, and the primary small-number rule. No secondary suppression: the figures are shown
 * as their producer published them, and the platform has no counts behind them to protect.
 */
@Component
class ImportedResults {

  private static final int MAP_CLASSES = ResultsCalculator.MAP_CLASSES;

  private final RunDataRepository loaded;

  ImportedResults(RunDataRepository loaded) {
    this.loaded = loaded;
  }

  ResultsCalculator.Computed compute(
      InstalledTopic topic, IndicatorDefinition indicator, CoveredAreas coverage) {
    ResultsCalculator.Computed out = ResultsCalculator.Computed.empty();
    Published published =
        Published.of(
            PublishedAverages.with(
                loaded.published(topic.id(), indicator.id()), indicator.suppressionThreshold()),
            coverage);
    SuppressionPolicy suppression = suppression(indicator);
    for (var level : published.byLevel().entrySet()) {
      for (var entry : level.getValue().entrySet()) {
        levelPeriod(
            indicator,
            suppression,
            published,
            level.getKey(),
            entry.getKey(),
            entry.getValue(),
            out);
      }
    }
    return out;
  }

  /**
   * An indicator's published rows: per level and period its areas' rows (totals and parts), and per
   * period the national row and the national parts.
   */
  private record Published(
      Map<String, Map<Period, List<PublishedRow>>> byLevel,
      Map<Period, PublishedRow> national,
      Map<Period, Map<String, Double>> nationalParts) {

    /**
     * @param coverage of one area (a region): its published value is the reference, as the nation's
     *     is for a topic of the whole country
     */
    static Published of(List<PublishedRow> rows, CoveredAreas coverage) {
      Published p = new Published(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>());
      String referenceLevel = coverage.areas().size() == 1 ? coverage.coverage().level() : null;
      String referenceCode = referenceLevel == null ? null : coverage.areas().get(0).code();
      for (PublishedRow r : rows) {
        Period period = Period.of(r.periodFrom(), r.periodTo());
        if (r.level().equals(referenceLevel)
            && r.areaCode().equals(referenceCode)
            && r.category().isEmpty()) {
          p.national().putIfAbsent(period, r);
        }
        if (!AreaRef.NATIONAL_LEVEL.equals(r.level())) {
          p.byLevel()
              .computeIfAbsent(r.level(), k -> new LinkedHashMap<>())
              .computeIfAbsent(period, k -> new ArrayList<>())
              .add(r);
        } else if (referenceLevel != null) {
          continue; // the region is the reference, not the nation
        } else if (r.category().isEmpty()) {
          p.national().put(period, r);
        } else {
          p.nationalParts()
              .computeIfAbsent(period, k -> new LinkedHashMap<>())
              .put(r.category(), r.value());
        }
      }
      return p;
    }
  }

  /** The rows, parts and summary of one level and period. */
  private void levelPeriod(
      IndicatorDefinition indicator,
      SuppressionPolicy suppression,
      Published published,
      String level,
      Period period,
      List<PublishedRow> rows,
      ResultsCalculator.Computed out) {
    List<PublishedRow> totals = rows.stream().filter(r -> r.category().isEmpty()).toList();
    GroupEstimates groups = estimates(indicator, totals);
    suppression.apply(groups);
    PublishedRow nationalRow = published.national().get(period);
    double benchmark = nationalRow == null ? Double.NaN : nan(nationalRow.value());
    BenchmarkOutcome[] comparisons =
        BenchmarkComparison.compare(groups, ConfidenceLevel.P95, benchmark, polarity(indicator));
    String[] funnel = funnelSignificance(indicator, groups, period.years());
    Set<String> visible = new LinkedHashSet<>();
    for (int g = 0; g < totals.size(); g++) {
      Estimate e = groups.get(g);
      String code = totals.get(g).areaCode();
      if (e.status() == Status.PUBLISHED) {
        visible.add(code);
      }
      boolean suppressed = e.status() == Status.SUPPRESSED;
      out.rows()
          .add(
              row(
                  indicator,
                  level,
                  period,
                  code,
                  false,
                  Provenance.PUBLISHED,
                  e,
                  comparison(comparisons[g]),
                  funnel[g],
                  suppressed));
    }
    if (nationalRow != null) {
      out.rows().add(nationalRow(indicator, level, period, nationalRow));
    }
    categories(indicator, level, period, rows, visible, published, out);
    out.summaries().add(summary(indicator, level, period, groups));
  }

  /** The published values and limits of a level's areas, with their crude rates. */
  private static GroupEstimates estimates(
      IndicatorDefinition indicator, List<PublishedRow> totals) {
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
    return groups;
  }

  /** The category parts of the visible areas, and the national parts, as published. */
  private static void categories(
      IndicatorDefinition indicator,
      String level,
      Period period,
      List<PublishedRow> rows,
      Set<String> visible,
      Published published,
      ResultsCalculator.Computed out) {
    for (PublishedRow r : rows) {
      if (!r.category().isEmpty() && visible.contains(r.areaCode())) {
        out.categories()
            .add(
                new CategoryRow(
                    indicator.id(), level, period, r.areaCode(), r.category(), r.value()));
      }
    }
    published
        .nationalParts()
        .getOrDefault(period, Map.of())
        .forEach(
            (category, value) ->
                out.categories()
                    .add(
                        new CategoryRow(
                            indicator.id(),
                            level,
                            period,
                            AreaRef.NATIONAL_CODE,
                            category,
                            value)));
  }

  /** Variation and class breaks of the published values (suppressed ones are NaN). */
  private static SummaryRow summary(
      IndicatorDefinition indicator, String level, Period period, GroupEstimates groups) {
    double[] population = groups.denominator().clone();
    boolean anyPopulation = java.util.Arrays.stream(population).anyMatch(Double::isFinite);
    VariationStatistics variation =
        VariationStatistics.of(
            groups.value(), new double[0], new double[0], anyPopulation ? population : null);
    return new SummaryRow(
        indicator.id(),
        level,
        period,
        variation(variation, groups.value()),
        innerBreaks(Classifier.breaks(groups.value(), MAP_CLASSES, BreakMethod.KMEANS)));
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
        null,
        false);
  }
}
