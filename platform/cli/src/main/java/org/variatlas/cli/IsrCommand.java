package org.variatlas.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.variatlas.cli.CsvTable.Rule;
import org.variatlas.engine.standardisation.IndirectStandardisation;

/**
 * {@code isr (--multiplier M | --ref-value V) [--as ratio|rate] [--observed FILE]}: in
 * group,stratum,events,population,ref_events,ref_population; observed file group,observed.
 */
final class IsrCommand implements Command {

  @Override
  public Set<String> valuedOptions() {
    return Set.of("multiplier", "ref-value", "as", "observed");
  }

  @Override
  public Set<String> flags() {
    return Set.of();
  }

  @Override
  public void run(Arguments args, Inputs inputs, CsvOutput out) throws CliException {
    if (args.has("multiplier") == args.has("ref-value")) {
      throw CliException.usage(
          "command 'isr' requires exactly one of --multiplier and --ref-value");
    }
    double multiplier = args.number("multiplier", Double.NaN, Rule.POSITIVE);
    double refValue = args.number("ref-value", Double.NaN, Rule.POSITIVE);
    boolean asRate =
        args.choice("as", List.of("ratio", "rate"), args.has("multiplier") ? "rate" : "ratio")
            .equals("rate");
    if (asRate && Double.isNaN(multiplier)) {
      throw CliException.usage("isr --as rate needs --multiplier (the rate's unit)");
    }

    CsvTable table = inputs.main();
    int group = table.column("group");
    table.column("stratum");
    int eventsColumn = table.column("events");
    int populationColumn = table.column("population");
    int refEventsColumn = table.column("ref_events");
    int refPopulationColumn = table.column("ref_population");
    int rows = table.size();
    double[] events = new double[rows];
    double[] expectedPart = new double[rows];
    double[] refEvents = new double[rows];
    double[] refPopulation = new double[rows];
    for (int row = 0; row < rows; row++) {
      events[row] = zeroIfMissing(table.number(row, eventsColumn, Rule.NON_NEGATIVE));
      double population = table.requiredNumber(row, populationColumn, Rule.NON_NEGATIVE);
      refEvents[row] = zeroIfMissing(table.number(row, refEventsColumn, Rule.NON_NEGATIVE));
      refPopulation[row] = table.requiredNumber(row, refPopulationColumn, Rule.POSITIVE);
      expectedPart[row] = refEvents[row] / refPopulation[row] * population;
    }
    RowGroups groups = RowGroups.of(table, group);
    double[] expected = groups.sum(expectedPart);
    double[] observed =
        args.has("observed")
            ? observedTotals(inputs.file(args.value("observed")), groups)
            : groups.sum(events);
    double[] scale = new double[groups.size()];
    if (asRate) {
      double[] sumRefEvents = groups.sum(refEvents);
      double[] sumRefPopulation = groups.sum(refPopulation);
      for (int g = 0; g < scale.length; g++) {
        scale[g] = sumRefEvents[g] / sumRefPopulation[g] * multiplier;
      }
    } else {
      Arrays.fill(scale, Double.isNaN(refValue) ? multiplier : refValue);
    }
    EstimatesTable.write(
        out,
        groups.names(),
        IndirectStandardisation.rate(observed, expected, scale),
        "observed",
        "expected");
  }

  private static double zeroIfMissing(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  // Observed totals per group from their own file; every group of the main input needs one.
  private static double[] observedTotals(CsvTable file, RowGroups groups) throws CliException {
    int group = file.column("group");
    int observed = file.column("observed");
    Map<String, Double> byGroup = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int row = 0; row < file.size(); row++) {
      String key = file.requiredText(row, group);
      double value = file.requiredNumber(row, observed, Rule.NON_NEGATIVE);
      if (byGroup.put(key, value) != null) {
        throw file.cellError(
            row, group, key, "group appears twice (first on line " + lineOf.get(key) + ")");
      }
      lineOf.put(key, file.line(row));
    }
    double[] out = new double[groups.size()];
    for (int g = 0; g < out.length; g++) {
      Double value = byGroup.get(groups.names().get(g));
      if (value == null) {
        throw CliException.file(
            file.source(), "no observed total for group '" + groups.names().get(g) + "'");
      }
      out[g] = value;
    }
    return out;
  }
}
