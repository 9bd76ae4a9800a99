package org.variatlas.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.variatlas.engine.PeerVectors.assertRelative;
import static org.variatlas.engine.PeerVectors.number;

import java.util.Map;
import org.variatlas.engine.rates.Estimate;

/** Compares an engine estimate with a peer vector row (value, lower95 ... upper998, method). */
public final class EstimateAssertions {

  private EstimateAssertions() {}

  /**
   * Asserts value and limits within {@code tolerance}. A row whose value is NA must give NA
   * everywhere; otherwise an empty limit cell is "not given in the source" and is skipped.
   */
  public static void assertMatches(Estimate actual, Map<String, String> row, double tolerance) {
    String id = row.getOrDefault("case_id", row.toString());
    double value = number(row, "value");
    assertRelative(actual.value(), value, tolerance, id + " value");
    String[] columns = {"lower95", "upper95", "lower998", "upper998"};
    double[] limits = {actual.lower95(), actual.upper95(), actual.lower998(), actual.upper998()};
    for (int i = 0; i < columns.length; i++) {
      double expected = number(row, columns[i]);
      if (Double.isNaN(value) || !Double.isNaN(expected)) {
        assertRelative(limits[i], expected, tolerance, id + " " + columns[i]);
      }
    }
    if (row.containsKey("method")) {
      String method = row.get("method");
      assertThat(actual.method() == null ? "" : actual.method().label())
          .as(id + " method")
          .isEqualTo(method);
    }
  }
}
