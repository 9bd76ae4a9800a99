package org.variatlas.engine.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.variatlas.engine.PeerVectors.POISSON_FUNNEL_TOLERANCE;
import static org.variatlas.engine.PeerVectors.assertRelative;
import static org.variatlas.engine.PeerVectors.column;
import static org.variatlas.engine.PeerVectors.number;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.PeerVectors;
import org.variatlas.engine.funnel.PoissonFunnel.RateType;

class PoissonFunnelTest {

  @Test
  void ratio_significance_matches_phe() {
    List<Map<String, String>> rows = PeerVectors.rows("funnel_ratio_inputs.csv");
    FunnelSignificance[] s =
        PoissonFunnel.ratioSignificance(column(rows, "observed"), column(rows, "expected"));
    for (int i = 0; i < rows.size(); i++) {
      assertThat(s[i].label())
          .as("row " + (i + 1) + " " + rows.get(i))
          .isEqualTo(rows.get(i).get("expected_significance"));
    }
  }

  @Test
  void ratio_limits_on_phes_axis_of_observed_counts_match() {
    List<Map<String, String>> inputs = PeerVectors.rows("funnel_ratio_inputs.csv");
    RatioFunnelLimits limits = PoissonFunnel.ratioLimits(column(inputs, "expected"));
    List<Map<String, String>> expected = PeerVectors.rows("funnel_ratio_limits.csv");
    assertThat(limits.observed()).hasSize(expected.size());
    double t = POISSON_FUNNEL_TOLERANCE;
    for (int j = 0; j < expected.size(); j++) {
      Map<String, String> row = expected.get(j);
      double o = limits.observed()[j];
      String at = "O=" + o;
      assertThat(o).as("axis point " + (j + 1)).isEqualTo(number(row, "observed_events"));
      double[][] pairs = {
        {
          limits.lower95Expected()[j],
          number(row, "lower_2s_exp_events"),
          number(row, "lower_2s_isr")
        },
        {
          limits.upper95Expected()[j],
          number(row, "upper_2s_exp_events"),
          number(row, "upper_2s_isr")
        },
        {
          limits.lower998Expected()[j],
          number(row, "lower_3s_exp_events"),
          number(row, "lower_3s_isr")
        },
        {
          limits.upper998Expected()[j],
          number(row, "upper_3s_exp_events"),
          number(row, "upper_3s_isr")
        }
      };
      for (double[] p : pairs) {
        assertRelative(p[0], p[1], t, at + " expected events");
        assertRelative(o / p[0] * 100, p[2], t, at + " isr");
      }
      assertRelative(
          o / limits.lower95Expected()[j] - 1, number(row, "lower_2s_count"), t, at + " count");
    }
  }

  @Test
  void crude_rate_significance_is_the_ratio_test_against_the_pooled_rate() {
    List<Map<String, String>> rows = PeerVectors.rows("funnel_ratio_inputs.csv");
    double[] events = column(rows, "observed");
    double[] population = column(rows, "expected"); // any positive denominators will do
    double[] rate = new double[events.length];
    for (int i = 0; i < rate.length; i++) {
      rate[i] = events[i] / population[i] * 1000;
    }
    double[] derived =
        PoissonFunnel.derivedDenominators(events, rate, population, RateType.CRUDE, 1000);
    double theta = PoissonFunnel.rateTarget(events, derived);
    double[] expected = new double[events.length];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = population[i] * theta;
    }
    assertThat(PoissonFunnel.rateSignificance(events, derived, RateType.CRUDE))
        .containsExactly(PoissonFunnel.ratioSignificance(events, expected));
  }

  @Test
  void dsrs_from_fewer_than_ten_events_are_not_tested() {
    double[] events = {9, 0, 10, 400};
    double[] rate = {50, 0, 60, 30};
    double[] derived = PoissonFunnel.derivedDenominators(events, rate, null, RateType.DSR, 1e5);
    assertThat(derived[1]).isNaN();
    FunnelSignificance[] s = PoissonFunnel.rateSignificance(events, derived, RateType.DSR);
    assertThat(s[0].label()).isEqualTo("Not applicable for events less than 10 for dsrs");
    assertThat(s[1]).isEqualTo(FunnelSignificance.NOT_APPLICABLE_DSR);
    assertThat(s[2]).isNotEqualTo(FunnelSignificance.NOT_APPLICABLE_DSR);
  }

  @Test
  void rate_limits_follow_phes_axis_and_per_year_population() {
    // Worked example computed independently (Python/mpmath port of PHEindicatormethods' R).
    double[] events = {12, 40, 85, 150, 33, 7};
    double[] rate = {310.5, 402.0, 380.25, 455.0, 290.0, 150.0};
    double[] derived = PoissonFunnel.derivedDenominators(events, rate, null, RateType.CRUDE, 1e5);
    RateFunnelLimits limits = PoissonFunnel.rateLimits(events, derived, 1e5, 3);
    assertThat(limits.events()).startsWith(1, 2, 3, 4, 5).endsWith(134, 136, 139);
    double t = 1e-12;
    assertRelative(limits.lower95Population()[0], 483.79418828895912, t, "l95 pop");
    assertRelative(limits.lower95Rate()[0], 68.899821742844298, t, "l95 rate");
    assertRelative(limits.upper95Population()[0], 2.1983834038867282, t, "u95 pop");
    assertRelative(limits.upper95Rate()[0], 15162.656920717381, t, "u95 rate");
    assertRelative(limits.lower998Rate()[1], 68.374673460155808, t, "l998 rate at 2");
    assertRelative(limits.upper95Rate()[99], 456.64020327070688, t, "u95 rate at 139");
    assertRelative(limits.lower95Population()[99], 14251.026411133241, t, "l95 pop at 139");
    assertRelative(limits.baseline(), 327.0 / Arrays.stream(derived).sum() * 1e5, t, "baseline");
  }
}
