package org.variatlas.cli;

import java.util.List;
import org.variatlas.engine.rates.GroupEstimates;

/** Writes per-group estimates as {@code group,<count>,<denominator>,value,limits...,method}. */
final class EstimatesTable {

  private EstimatesTable() {}

  static void write(
      CsvOutput out,
      List<String> names,
      GroupEstimates estimates,
      String countHeader,
      String denominatorHeader) {
    out.row(
        "group",
        countHeader,
        denominatorHeader,
        "value",
        "lower95",
        "upper95",
        "lower998",
        "upper998",
        "method");
    for (int g = 0; g < estimates.size(); g++) {
      out.row(
          names.get(g),
          estimates.count()[g],
          estimates.denominator()[g],
          estimates.value()[g],
          estimates.lower95()[g],
          estimates.upper95()[g],
          estimates.lower998()[g],
          estimates.upper998()[g],
          estimates.method()[g] == null ? null : estimates.method()[g].label());
    }
  }
}
