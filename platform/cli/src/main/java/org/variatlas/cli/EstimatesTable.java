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
      out.cell(names.get(g));
      out.cell(estimates.count()[g]);
      out.cell(estimates.denominator()[g]);
      out.cell(estimates.value()[g]);
      out.cell(estimates.lower95()[g]);
      out.cell(estimates.upper95()[g]);
      out.cell(estimates.lower998()[g]);
      out.cell(estimates.upper998()[g]);
      out.cell(estimates.method()[g] == null ? null : estimates.method()[g].label());
      out.endRow();
    }
  }
}
