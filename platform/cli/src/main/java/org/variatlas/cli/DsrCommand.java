package org.variatlas.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.variatlas.cli.CsvTable.Rule;
import org.variatlas.engine.standardisation.DirectStandardisation;
import org.variatlas.engine.standardisation.DsrInterval;
import org.variatlas.engine.standardisation.DsrOptions;
import org.variatlas.engine.standardisation.Strata;

/**
 * {@code dsr --multiplier M [--ci dobson|fay-feuer] [--min-events N] [--non-independent]}: in
 * group,stratum,events,population,standard_population, or with --non-independent
 * group,stratum,event_frequency,persons,population,standard_population.
 */
final class DsrCommand implements Command {

  @Override
  public Set<String> valuedOptions() {
    return Set.of("multiplier", "ci", "min-events");
  }

  @Override
  public Set<String> flags() {
    return Set.of("non-independent");
  }

  @Override
  public void run(Arguments args, Inputs inputs, CsvOutput out) throws CliException {
    double multiplier = args.requiredPositiveNumber("multiplier");
    DsrInterval interval =
        args.choice("ci", List.of("dobson", "fay-feuer"), "dobson").equals("dobson")
            ? DsrInterval.DOBSON
            : DsrInterval.FAY_FEUER;
    double minimumEvents =
        args.number("min-events", DsrOptions.PHE_MINIMUM_EVENTS, Rule.NON_NEGATIVE);
    boolean nonIndependent = args.flag("non-independent");

    CsvTable table = inputs.main();
    int group = table.column("group");
    int stratum = table.column("stratum");
    int frequency = nonIndependent ? table.column("event_frequency") : -1;
    int count = table.column(nonIndependent ? "persons" : "events");
    int population = table.column("population");
    int standard = table.column("standard_population");

    // Parse in file order so that the first bad cell is the one reported.
    int rows = table.size();
    double[] rowEvents = new double[rows];
    double[] rowVarianceEvents = new double[rows];
    double[] rowPopulation = new double[rows];
    double[] rowWeight = new double[rows];
    for (int row = 0; row < rows; row++) {
      double c = table.number(row, count, Rule.NON_NEGATIVE);
      c = Double.isNaN(c) ? 0 : c; // missing counts are 0, as in PHE
      double f = nonIndependent ? table.requiredNumber(row, frequency, Rule.NON_NEGATIVE) : 1;
      rowEvents[row] = f * c;
      rowVarianceEvents[row] = f * f * c;
      rowPopulation[row] = table.requiredNumber(row, population, Rule.POSITIVE);
      rowWeight[row] = table.requiredNumber(row, standard, Rule.POSITIVE);
    }

    RowGroups groups = RowGroups.of(table, group);
    int[] offsets = new int[groups.size() + 1];
    double[] events = new double[rows];
    double[] varianceEvents = new double[rows];
    double[] strataPopulation = new double[rows];
    double[] weight = new double[rows];
    int[] firstRow = new int[rows];
    int units = 0;
    // Equal stratum texts have equal codes: a group's strata are told apart by code.
    int[] stratumCodes = table.codes(stratum);
    int[] groupOfCode = new int[table.distinct(stratum)];
    int[] unitOfCode = new int[groupOfCode.length];
    Arrays.fill(groupOfCode, -1);
    for (int g = 0; g < groups.size(); g++) {
      for (int i = groups.offsets()[g]; i < groups.offsets()[g + 1]; i++) {
        int row = groups.rowOrder()[i];
        int code = stratumCodes[row];
        int unit;
        if (groupOfCode[code] != g) {
          table.requiredText(row, stratum);
          unit = units++;
          groupOfCode[code] = g;
          unitOfCode[code] = unit;
          firstRow[unit] = row;
          strataPopulation[unit] = rowPopulation[row];
          weight[unit] = rowWeight[row];
        } else if (!nonIndependent) {
          unit = unitOfCode[code];
          throw table.cellError(
              row,
              stratum,
              table.text(row, stratum),
              "stratum repeats in group (line "
                  + table.line(firstRow[unit])
                  + "); use --non-independent for rows by event frequency");
        } else {
          unit = unitOfCode[code];
          requireSame(
              table, row, population, rowPopulation[row], strataPopulation[unit], firstRow[unit]);
          requireSame(table, row, standard, rowWeight[row], weight[unit], firstRow[unit]);
        }
        events[unit] += rowEvents[row];
        varianceEvents[unit] += rowVarianceEvents[row];
      }
      offsets[g + 1] = units;
    }
    int[] noStratumIndex = null;
    Strata strata =
        nonIndependent
            ? Strata.nonIndependent(
                offsets,
                noStratumIndex,
                Arrays.copyOf(events, units),
                Arrays.copyOf(varianceEvents, units),
                Arrays.copyOf(strataPopulation, units),
                Arrays.copyOf(weight, units))
            : Strata.of(
                offsets,
                noStratumIndex,
                Arrays.copyOf(events, units),
                Arrays.copyOf(strataPopulation, units),
                Arrays.copyOf(weight, units));
    EstimatesTable.write(
        out,
        groups.names(),
        DirectStandardisation.compute(strata, new DsrOptions(multiplier, interval, minimumEvents)),
        "events",
        "population");
  }

  private static void requireSame(
      CsvTable table, int row, int column, double value, double first, int firstRow)
      throws CliException {
    if (value != first) {
      throw table.cellError(
          row,
          column,
          table.text(row, column),
          "differs from the same stratum's value on line " + table.line(firstRow));
    }
  }
}
