package org.variatlas.app.results;

import static org.variatlas.app.results.ResultRows.comparison;
import static org.variatlas.app.results.ResultRows.finite;
import static org.variatlas.app.results.ResultRows.innerBreaks;
import static org.variatlas.app.results.ResultRows.variation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.Comparison;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.Provenance;
import org.variatlas.app.areas.CoveredAreas;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.topics.InstalledTopic;
import org.variatlas.engine.atlas.AreaLevelAnalysis;
import org.variatlas.engine.atlas.AreaLevelResult;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Status;

/**
 * Computes what is stored for one indicator: imported values as published ({@link
 * ImportedResults}), or values computed from counts ({@link ComputedResults}) protected by
 * disclosure control ({@link IndicatorProtection}) and only then turned into rows, category parts
 * and summaries, so that no hidden cell reaches a row, a statistic or a class break.
 */
@Component
public class ResultsCalculator {

  static final int MAP_CLASSES = 4;

  private final ComputedResults computed;
  private final ProportionResults proportions;
  private final ImportedResults imported;
  private final IndicatorProtection protection;
  private final GeographyPack pack;

  ResultsCalculator(
      ComputedResults computed,
      ProportionResults proportions,
      ImportedResults imported,
      IndicatorProtection protection,
      GeographyPack pack) {
    this.computed = computed;
    this.proportions = proportions;
    this.imported = imported;
    this.protection = protection;
    this.pack = pack;
  }

  /**
   * Everything to store for one indicator, and what its protection hid and cost.
   *
   * @param protectionNanos time spent on disclosure control (secondary suppression)
   */
  public record Computed(
      List<ResultRow> rows,
      List<CategoryRow> categories,
      List<SummaryRow> summaries,
      ProtectionOutcome protection,
      long protectionNanos) {

    static Computed empty() {
      return new Computed(
          new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), ProtectionOutcome.none(), 0);
    }
  }

  /** Computes an indicator of a topic from what is loaded now. */
  public Computed compute(InstalledTopic topic, IndicatorDefinition indicator) {
    // The reference value and every statistic are over the topic's covered areas.
    CoveredAreas coverage = CoveredAreas.of(topic.coverage(), pack);
    if (indicator.provenance() == Provenance.PUBLISHED) {
      return imported.compute(topic, indicator, coverage);
    }
    // What the platform cannot compute was refused when the plugin started (TopicValidator).
    List<LevelPeriod> results =
        ProportionResults.applies(indicator)
            ? proportions.compute(topic, indicator, coverage)
            : computed.compute(topic, indicator, coverage);
    long started = System.nanoTime();
    ProtectionOutcome hidden = protection.protect(topic, indicator, results);
    long nanos = System.nanoTime() - started;
    Computed out =
        new Computed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), hidden, nanos);
    for (LevelPeriod lp : results) {
      rows(indicator, lp, hidden, out);
    }
    return out;
  }

  /** The rows, parts and summary of a level and period, with the protection's hidden cells. */
  private static void rows(
      IndicatorDefinition indicator, LevelPeriod lp, ProtectionOutcome protection, Computed out) {
    AreaLevelResult result = lp.total();
    List<String> codes = lp.areaCodes();
    boolean[] hidden = new boolean[codes.size()];
    for (int g = 0; g <= codes.size(); g++) {
      boolean national = g == codes.size();
      String code = national ? AreaRef.NATIONAL_CODE : codes.get(g);
      boolean suppressed = isHidden(protection, lp, code, "");
      Estimate e = national ? result.national() : result.groups().get(g);
      out.rows().add(row(indicator, lp, g, code, e, suppressed));
      if (!national) {
        hidden[g] = suppressed;
      }
      for (var part : lp.parts().entrySet()) {
        Estimate p = national ? part.getValue().national() : part.getValue().groups().get(g);
        // A part is shown only where the total is, and where its own count is not hidden.
        boolean shown =
            !suppressed
                && e.status() == Status.PUBLISHED
                && !isHidden(protection, lp, code, part.getKey());
        out.categories()
            .add(
                new CategoryRow(
                    indicator.id(),
                    lp.level(),
                    lp.period(),
                    code,
                    part.getKey(),
                    shown ? finite(p.value()) : null));
      }
    }
    out.summaries().add(summary(indicator, lp, hidden));
  }

  /** The row of area {@code g} of a level and period, or its national row ({@code g} past them). */
  private static ResultRow row(
      IndicatorDefinition indicator,
      LevelPeriod lp,
      int g,
      String code,
      Estimate e,
      boolean suppressed) {
    AreaLevelResult result = lp.total();
    boolean national = g == lp.areaCodes().size();
    String funnel = national || result.funnel()[g] == null ? null : result.funnel()[g].label();
    return ResultRows.row(
        indicator,
        lp.level(),
        lp.period(),
        code,
        national,
        Provenance.COMPUTED,
        e,
        national ? Comparison.NOT_COMPARED : comparison(result.versusNational95()[g]),
        funnel,
        suppressed);
  }

  /** Variation and class breaks of a level and period without its hidden areas. */
  private static SummaryRow summary(
      IndicatorDefinition indicator, LevelPeriod lp, boolean[] hidden) {
    AreaLevelResult result = lp.total();
    GroupEstimates groups = result.groups();
    double[] values = groups.value().clone();
    for (int g = 0; g < values.length; g++) {
      values[g] = hidden[g] ? Double.NaN : values[g];
    }
    AreaLevelAnalysis.VisibleSummary summary =
        AreaLevelAnalysis.summarise(
            values, result.observed(), result.expected(), groups.denominator(), hidden, lp.spec());
    return new SummaryRow(
        indicator.id(),
        lp.level(),
        lp.period(),
        variation(summary.variation(), values),
        innerBreaks(summary.breaks()));
  }

  private static boolean isHidden(
      ProtectionOutcome protection, LevelPeriod lp, String code, String category) {
    return protection
        .hidden()
        .contains(new ProtectionOutcome.Cell(lp.level(), lp.period(), code, category));
  }
}
