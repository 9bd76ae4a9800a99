package org.variatlas.engine.ci;

import static org.variatlas.engine.PeerVectors.RATE_TOLERANCE;
import static org.variatlas.engine.PeerVectors.assertRelative;
import static org.variatlas.engine.PeerVectors.number;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.PeerVectors;

class WilsonLimitsTest {

  @Test
  void wilson_limits_reproduce_the_peer_vectors() {
    for (Map<String, String> row : PeerVectors.rows("wilson_proportion_ci_basic.csv")) {
      double x = number(row, "x");
      double n = number(row, "n");
      ConfidenceLevel level = PoissonLimitsTest.level(number(row, "confidence"));
      String id = row.get("case_id");
      assertRelative(WilsonLimits.lower(x, n, level), number(row, "lower"), RATE_TOLERANCE, id);
      assertRelative(WilsonLimits.upper(x, n, level), number(row, "upper"), RATE_TOLERANCE, id);
    }
  }
}
