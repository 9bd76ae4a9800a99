package org.variatlas.cli;

import java.util.Set;
import org.variatlas.cli.CsvTable.Rule;
import org.variatlas.engine.rates.CountRates;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Proportions;

/** {@code crude} and {@code proportion}: one count and one denominator per row, summed by group. */
final class RateCommands implements Command {

  private final boolean proportion;

  private RateCommands(boolean proportion) {
    this.proportion = proportion;
  }

  /** {@code crude --multiplier M}: in group,events,population. */
  static Command crude() {
    return new RateCommands(false);
  }

  /** {@code proportion --multiplier M}: in group,numerator,denominator. */
  static Command proportion() {
    return new RateCommands(true);
  }

  @Override
  public Set<String> valuedOptions() {
    return Set.of("multiplier");
  }

  @Override
  public Set<String> flags() {
    return Set.of();
  }

  @Override
  public void run(Arguments args, Inputs inputs, CsvOutput out) throws CliException {
    double multiplier = args.requiredPositiveNumber("multiplier");
    CsvTable table = inputs.main();
    int group = table.column("group");
    int count = table.column(proportion ? "numerator" : "events");
    int denominator = table.column(proportion ? "denominator" : "population");
    double[] counts = new double[table.size()];
    double[] denominators = new double[table.size()];
    for (int row = 0; row < table.size(); row++) {
      counts[row] = table.number(row, count, Rule.NON_NEGATIVE);
      denominators[row] = table.number(row, denominator, Rule.NON_NEGATIVE);
      if (proportion && counts[row] > denominators[row]) {
        throw table.cellError(
            row,
            count,
            table.text(row, count),
            "numerator must not exceed the denominator (" + table.text(row, denominator) + ")");
      }
    }
    RowGroups groups = RowGroups.of(table, group);
    double[] groupCounts = groups.sum(counts);
    double[] groupDenominators = groups.sum(denominators);
    GroupEstimates estimates =
        proportion
            ? Proportions.wilson(groupCounts, groupDenominators, multiplier)
            : CountRates.crude(groupCounts, groupDenominators, multiplier);
    // The proportion table has the crude table's columns, so that both read alike.
    EstimatesTable.write(out, groups.names(), estimates, "events", "population");
  }
}
