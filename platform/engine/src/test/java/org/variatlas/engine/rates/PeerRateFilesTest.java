package org.variatlas.engine.rates;

import static org.variatlas.engine.PeerVectors.RATE_TOLERANCE;
import static org.variatlas.engine.PeerVectors.number;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.variatlas.engine.EstimateAssertions;
import org.variatlas.engine.PeerVectors;

/** The crude-rate (exact/Byar) and proportion (Wilson) peer vector files, which share a layout. */
class PeerRateFilesTest {

  interface Calculation {
    GroupEstimates compute(double[] numerator, double[] denominator, double multiplier);
  }

  @Test
  void crude_rates_match_phe_exact_below_ten_and_byar_from_ten() {
    checkFile("crude_rate_byars_exact.csv", CountRates::crude);
  }

  @Test
  void proportions_match_phe_wilson_limits_as_proportion_and_percent() {
    checkFile("proportion_wilson.csv", Proportions::wilson);
  }

  private static void checkFile(String file, Calculation calculation) {
    List<Map<String, String>> rows = PeerVectors.rows(file);
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      if (!row.get("source_sheet").equals("ungrouped")) {
        continue;
      }
      double x = number(row, "numerator");
      double n = number(row, "denominator");
      check(calculation, row, x, n);
      // grouped_sum rows are the ungrouped inputs summed by area first (NA propagates, as R).
      double[] sum = sums.computeIfAbsent(row.get("area"), a -> new double[2]);
      sum[0] += x;
      sum[1] += n;
    }
    for (Map<String, String> row : rows) {
      if (row.get("source_sheet").equals("grouped_sum")) {
        double[] sum = sums.get(row.get("area"));
        check(calculation, row, sum[0], sum[1]);
      }
    }
  }

  private static void check(Calculation calculation, Map<String, String> row, double x, double n) {
    Estimate e =
        calculation.compute(new double[] {x}, new double[] {n}, number(row, "multiplier")).get(0);
    EstimateAssertions.assertMatches(e, row, RATE_TOLERANCE);
  }
}
