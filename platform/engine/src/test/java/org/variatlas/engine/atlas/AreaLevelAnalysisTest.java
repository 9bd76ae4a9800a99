package org.variatlas.engine.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.variatlas.engine.classify.BreakMethod;
import org.variatlas.engine.compare.BenchmarkOutcome;
import org.variatlas.engine.compare.Judgement;
import org.variatlas.engine.funnel.FunnelSignificance;
import org.variatlas.engine.rates.Status;
import org.variatlas.engine.standardisation.DirectStandardisation;
import org.variatlas.engine.standardisation.DsrInterval;
import org.variatlas.engine.standardisation.DsrOptions;
import org.variatlas.engine.standardisation.Strata;
import org.variatlas.engine.suppression.SuppressionPolicy;

class AreaLevelAnalysisTest {

  // Four areas x two strata (e.g. women, men), weights = reference population shares.
  private static Strata strata() {
    int[] offsets = {0, 2, 4, 6, 8};
    int[] stratum = {0, 1, 0, 1, 0, 1, 0, 1};
    double[] events = {120, 80, 300, 260, 4, 3, 60, 90};
    double[] population = {10_000, 9_000, 20_000, 21_000, 800, 700, 6_000, 6_500};
    double[] weight = {0.51, 0.49, 0.51, 0.49, 0.51, 0.49, 0.51, 0.49};
    return Strata.of(offsets, stratum, events, population, weight);
  }

  @Test
  void one_call_gives_values_national_comparisons_variation_and_breaks() {
    Strata strata = strata();
    AreaLevelResult r =
        AreaLevelAnalysis.run(strata, IndicatorSpec.helseatlas(1000, 1, SuppressionPolicy.none()));
    var direct = DirectStandardisation.compute(strata, DsrOptions.phe(1000));
    assertThat(r.groups().value()).containsExactly(direct.value());
    assertThat(r.groups().status()[2]).isEqualTo(Status.BELOW_MINIMUM_EVENTS);
    assertThat(r.national().count()).isEqualTo(917);
    assertThat(r.national().value())
        .isCloseTo((484.0 / 36_800 * 0.51 + 433.0 / 37_200 * 0.49) * 1000, within(1e-9));
    assertThat(r.expected()[0] + r.expected()[1] + r.expected()[2] + r.expected()[3])
        .isCloseTo(917, within(1e-9));
    assertThat(r.versusNational95()[2]).isEqualTo(BenchmarkOutcome.NOT_COMPARED);
    assertThat(r.funnel()[2]).isEqualTo(FunnelSignificance.NOT_APPLICABLE_DSR);
    // 3 published values: FT1 needs 2 areas, FT2 needs 4.
    assertThat(r.variation().ft1())
        .isCloseTo(r.breaks().upper(3) / r.breaks().lower(1), within(1e-12));
    assertThat(r.variation().ft2()).isNaN();
    assertThat(r.breaks().classes()).isEqualTo(3);
  }

  @Test
  void suppressed_areas_leave_no_trace_in_values_breaks_or_extremes() {
    IndicatorSpec spec =
        new IndicatorSpec(
            Standardisation.NONE,
            1000,
            DsrInterval.DOBSON,
            10,
            Judgement.LOW_IS_GOOD,
            4,
            BreakMethod.JENKS,
            SuppressionPolicy.hideAllBelow(10),
            1);
    AreaLevelResult r = AreaLevelAnalysis.run(strata(), spec);
    assertThat(r.groups().count()[2]).isNaN();
    assertThat(r.groups().value()[2]).isNaN();
    double crude3 = 150.0 / 12_500 * 1000;
    assertThat(r.groups().value()[3]).isCloseTo(crude3, within(1e-12));
    // The suppressed area (7 per 1 500) would be the lowest; the breaks start at the next.
    assertThat(r.breaks().lower(1)).isCloseTo(200.0 / 19_000 * 1000, within(1e-12));
    assertThat(r.variation().ft1()).isCloseTo(560.0 / 41_000 / (200.0 / 19_000), within(1e-12));
    assertThat(r.versusNational95()[1]).isEqualTo(BenchmarkOutcome.WORSE); // 13.7 vs 12.4 per 1 000
    assertThat(r.versusNational95()[3]).isEqualTo(BenchmarkOutcome.SIMILAR);
  }

  @Test
  void a_period_of_years_reports_annual_averages_with_the_periods_values() {
    AreaLevelResult one =
        AreaLevelAnalysis.run(
            strata(), IndicatorSpec.helseatlas(1000, 1, SuppressionPolicy.none()));
    AreaLevelResult three =
        AreaLevelAnalysis.run(
            strata(), IndicatorSpec.helseatlas(1000, 3, SuppressionPolicy.none()));
    assertThat(three.groups().value()).containsExactly(one.groups().value());
    assertThat(three.groups().upper998()).containsExactly(one.groups().upper998());
    assertThat(three.groups().count()[0]).isCloseTo(200.0 / 3, within(1e-12));
    assertThat(three.national().denominator()).isCloseTo(74_000.0 / 3, within(1e-9));
  }

  @Test
  void indirect_standardisation_scales_o_over_e_by_the_national_rate() {
    IndicatorSpec spec =
        new IndicatorSpec(
            Standardisation.INDIRECT,
            1000,
            DsrInterval.DOBSON,
            10,
            Judgement.NO_JUDGEMENT,
            4,
            BreakMethod.KMEANS,
            SuppressionPolicy.none(),
            1);
    AreaLevelResult r = AreaLevelAnalysis.run(strata(), spec);
    double national = 917.0 / 74_000 * 1000;
    assertThat(r.national().value()).isCloseTo(national, within(1e-12));
    assertThat(r.groups().value()[0]).isCloseTo(200 / r.expected()[0] * national, within(1e-12));
  }
}
