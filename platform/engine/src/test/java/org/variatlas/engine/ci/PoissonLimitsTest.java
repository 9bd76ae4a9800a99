package org.variatlas.engine.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.variatlas.engine.PeerVectors.RATE_TOLERANCE;
import static org.variatlas.engine.PeerVectors.assertRelative;
import static org.variatlas.engine.PeerVectors.number;

import java.util.Map;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.PeerVectors;

class PoissonLimitsTest {

  static ConfidenceLevel level(double confidence) {
    return confidence == 0.95 ? ConfidenceLevel.P95 : ConfidenceLevel.P998;
  }

  @Test
  void byar_limits_reproduce_the_peer_vectors_with_negative_lower_as_na() {
    for (Map<String, String> row : PeerVectors.rows("byars_count_ci.csv")) {
      double o = number(row, "observed");
      ConfidenceLevel level = level(number(row, "confidence"));
      String id = row.get("case_id");
      assertRelative(
          PoissonLimits.byarLowerPublished(o, level), number(row, "lower"), RATE_TOLERANCE, id);
      assertRelative(PoissonLimits.byarUpper(o, level), number(row, "upper"), RATE_TOLERANCE, id);
    }
  }

  @Test
  void z_values_are_the_readme_normal_quantiles() {
    assertThat(ConfidenceLevel.P95.z()).isCloseTo(1.959963984540054, within(1e-15));
    assertThat(ConfidenceLevel.P998.z()).isCloseTo(3.090232306167813, within(1e-14));
  }

  @Test
  void exact_limits_put_the_tail_probability_in_each_tail() {
    for (ConfidenceLevel level : ConfidenceLevel.values()) {
      for (int o = 1; o < 40; o++) {
        double lower = PoissonLimits.exactLower(o, level);
        double upper = PoissonLimits.exactUpper(o, level);
        // P(X >= O | lower) = tail and P(X <= O | upper) = tail (Garwood).
        assertThat(PoissonDistribution.of(lower).survivalProbability(o - 1))
            .isCloseTo(level.tail(), within(1e-12));
        assertThat(PoissonDistribution.of(upper).cumulativeProbability(o))
            .isCloseTo(level.tail(), within(1e-12));
      }
    }
  }

  @Test
  void exact_lower_limit_of_zero_events_is_zero() {
    assertThat(PoissonLimits.exactLower(0, ConfidenceLevel.P95)).isZero();
    assertThat(PoissonLimits.exactUpper(0, ConfidenceLevel.P95))
        .isCloseTo(-Math.log(0.025), within(1e-13));
  }

  @Test
  void phe_uses_exact_limits_below_ten_and_byar_from_ten() {
    ConfidenceLevel c = ConfidenceLevel.P95;
    assertThat(PoissonLimits.lower(9, c)).isEqualTo(PoissonLimits.exactLower(9, c));
    assertThat(PoissonLimits.upper(9, c)).isEqualTo(PoissonLimits.exactUpper(9, c));
    assertThat(PoissonLimits.lower(10, c)).isEqualTo(PoissonLimits.byarLower(10, c));
    assertThat(PoissonLimits.upper(10, c)).isEqualTo(PoissonLimits.byarUpper(10, c));
  }

  @Test
  void cached_and_computed_exact_limits_agree_for_non_integer_counts() {
    double below = PoissonLimits.exactUpper(Math.nextDown(3.0), ConfidenceLevel.P998);
    assertThat(below).isCloseTo(PoissonLimits.exactUpper(3, ConfidenceLevel.P998), within(1e-9));
  }
}
