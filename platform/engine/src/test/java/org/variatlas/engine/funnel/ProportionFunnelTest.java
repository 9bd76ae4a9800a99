package org.variatlas.engine.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.variatlas.engine.PeerVectors.PROPORTION_FUNNEL_TOLERANCE;
import static org.variatlas.engine.PeerVectors.assertAbsolute;
import static org.variatlas.engine.PeerVectors.column;
import static org.variatlas.engine.PeerVectors.number;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.PeerVectors;

class ProportionFunnelTest {

  @Test
  void significance_of_each_point_matches_phe() {
    List<Map<String, String>> rows = PeerVectors.rows("funnel_proportion_inputs.csv");
    FunnelSignificance[] s =
        ProportionFunnel.significance(column(rows, "numerator"), column(rows, "denominator"));
    for (int i = 0; i < rows.size(); i++) {
      assertThat(s[i].label())
          .as(rows.get(i).get("area"))
          .isEqualTo(rows.get(i).get("expected_significance"));
    }
  }

  @Test
  void limits_on_phes_axis_match_in_percent() {
    List<Map<String, String>> inputs = PeerVectors.rows("funnel_proportion_inputs.csv");
    ProportionFunnelLimits limits =
        ProportionFunnel.limits(column(inputs, "numerator"), column(inputs, "denominator"), 100);
    List<Map<String, String>> expected = PeerVectors.rows("funnel_proportion_limits.csv");
    assertThat(limits.population()).hasSize(expected.size());
    for (int j = 0; j < expected.size(); j++) {
      Map<String, String> row = expected.get(j);
      String at = "row " + (j + 1);
      assertThat(limits.population()[j]).as(at).isEqualTo(number(row, "population"));
      double t = PROPORTION_FUNNEL_TOLERANCE;
      assertAbsolute(limits.lower95()[j], number(row, "lower_95"), t, at + " lower95");
      assertAbsolute(limits.upper95()[j], number(row, "upper_95"), t, at + " upper95");
      assertAbsolute(limits.lower998()[j], number(row, "lower_998"), t, at + " lower998");
      assertAbsolute(limits.upper998()[j], number(row, "upper_998"), t, at + " upper998");
      assertAbsolute(limits.baseline(), number(row, "baseline"), t, at + " baseline");
    }
  }

  @Test
  void limits_are_clipped_to_the_multiplier_range() {
    ProportionFunnelLimits limits =
        ProportionFunnel.limits(new double[] {9, 90}, new double[] {10, 100}, 1);
    assertThat(limits.upper998()[0]).isEqualTo(1);
    for (double v : limits.lower998()) {
      assertThat(v).isBetween(0.0, 1.0);
    }
  }
}
