package org.variatlas.engine.standardisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.variatlas.engine.PeerVectors.RATE_TOLERANCE;
import static org.variatlas.engine.PeerVectors.assertRelative;
import static org.variatlas.engine.PeerVectors.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.EstimateAssertions;
import org.variatlas.engine.PeerVectors;
import org.variatlas.engine.ci.ConfidenceLevel;
import org.variatlas.engine.ci.PoissonLimits;
import org.variatlas.engine.rates.Estimate;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Method;

class IndirectStandardisationTest {

  @Test
  void isr_ratio_and_rate_match_the_peer_vectors() {
    Map<String, List<Map<String, String>>> byArea = new LinkedHashMap<>();
    for (Map<String, String> row : PeerVectors.rows("isr_inputs.csv")) {
      byArea.computeIfAbsent(row.get("area"), a -> new ArrayList<>()).add(row);
    }
    for (Map<String, String> row : PeerVectors.rows("isr_expected.csv")) {
      List<Map<String, String>> strata = byArea.get(row.get("area"));
      int n = strata.size();
      double[] population = new double[n];
      double[] referenceRate = new double[n];
      double observed = 0;
      double refEvents = 0;
      double refPopulation = 0;
      for (int i = 0; i < n; i++) {
        Map<String, String> s = strata.get(i);
        double count = number(s, "count");
        double refCount = number(s, "ref_count");
        observed += Double.isNaN(count) ? 0 : count;
        refEvents += Double.isNaN(refCount) ? 0 : refCount;
        refPopulation += number(s, "ref_pop");
        population[i] = number(s, "pop");
        referenceRate[i] = (Double.isNaN(refCount) ? 0 : refCount) / number(s, "ref_pop");
      }
      Strata st = Strata.of(new int[] {0, n}, null, new double[n], population, new double[n]);
      double expected = IndirectStandardisation.expected(st, referenceRate)[0];
      String id = row.get("case_id");
      assertRelative(observed, number(row, "observed"), RATE_TOLERANCE, id + " observed");
      assertRelative(expected, number(row, "expected"), RATE_TOLERANCE, id + " expected");
      double scale = number(row, "multiplier_or_refvalue");
      GroupEstimates result =
          row.get("statistic").equals("isr_ratio")
              ? IndirectStandardisation.ratio(
                  new double[] {observed}, new double[] {expected}, scale)
              : IndirectStandardisation.rate(
                  new double[] {observed},
                  new double[] {expected},
                  new double[] {refEvents / refPopulation * scale});
      EstimateAssertions.assertMatches(result.get(0), row, RATE_TOLERANCE);
    }
  }

  @Test
  void separately_supplied_observed_totals_replace_the_stratum_counts() {
    // O = 12 from a totals table, E = 8: ratio 1.5, exact? no: Byar since O >= 10.
    Estimate e = IndirectStandardisation.ratio(new double[] {12}, new double[] {8}, 100).get(0);
    assertThat(e.value()).isCloseTo(150, within(1e-12));
    assertThat(e.lower95())
        .isCloseTo(PoissonLimits.byarLower(12, ConfidenceLevel.P95) / 8 * 100, within(1e-12));
    assertThat(e.method()).isEqualTo(Method.BYARS);
  }

  @Test
  void expected_events_from_pooled_rates_sum_to_the_observed_total() {
    int[] offsets = {0, 2, 4, 6};
    int[] stratum = {0, 1, 0, 1, 0, 1};
    double[] events = {5, 20, 9, 31, 2, 14};
    double[] population = {1000, 800, 1500, 1200, 400, 500};
    Strata s = Strata.of(offsets, stratum, events, population, new double[] {1, 1, 1, 1, 1, 1});
    double[] expected = IndirectStandardisation.expectedFromPooledRates(s);
    assertThat(expected[0] + expected[1] + expected[2]).isCloseTo(81, within(1e-12));
    // stratum rates 16/2900 and 65/2500
    assertThat(expected[0]).isCloseTo(1000 * 16.0 / 2900 + 800 * 65.0 / 2500, within(1e-12));
  }
}
