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
    Columns columns = Columns.of(table, nonIndependent);
    Rows rows = Rows.read(table, columns);
    RowGroups groups = RowGroups.of(table, columns.group());
    EstimatesTable.write(
        out,
        groups.names(),
        DirectStandardisation.compute(
            strata(table, columns, rows, groups),
            new DsrOptions(multiplier, interval, minimumEvents)),
        "events",
        "population");
  }

  /** The input's columns; {@code frequency} is -1 unless the rows are by event frequency. */
  private record Columns(
      boolean nonIndependent,
      int group,
      int stratum,
      int frequency,
      int count,
      int population,
      int standard) {

    static Columns of(CsvTable table, boolean nonIndependent) throws CliException {
      return new Columns(
          nonIndependent,
          table.column("group"),
          table.column("stratum"),
          nonIndependent ? table.column("event_frequency") : -1,
          table.column(nonIndependent ? "persons" : "events"),
          table.column("population"),
          table.column("standard_population"));
    }
  }

  /** Each row's numbers, parsed in file order so that the first bad cell is the one reported. */
  private record Rows(
      double[] events, double[] varianceEvents, double[] population, double[] weight) {

    static Rows read(CsvTable table, Columns c) throws CliException {
      int n = table.size();
      Rows rows = new Rows(new double[n], new double[n], new double[n], new double[n]);
      for (int row = 0; row < n; row++) {
        double count = table.number(row, c.count(), Rule.NON_NEGATIVE);
        count = Double.isNaN(count) ? 0 : count; // missing counts are 0, as in PHE
        double f =
            c.nonIndependent() ? table.requiredNumber(row, c.frequency(), Rule.NON_NEGATIVE) : 1;
        rows.events[row] = f * count;
        rows.varianceEvents[row] = f * f * count;
        rows.population[row] = table.requiredNumber(row, c.population(), Rule.POSITIVE);
        rows.weight[row] = table.requiredNumber(row, c.standard(), Rule.POSITIVE);
      }
      return rows;
    }
  }

  /**
   * The groups' strata: one unit per distinct stratum of a group. A repeated stratum is an error,
   * unless the rows are by event frequency, when its events add up and its populations must agree.
   */
  private static Strata strata(CsvTable table, Columns c, Rows rows, RowGroups groups)
      throws CliException {
    int n = table.size();
    int[] offsets = new int[groups.size() + 1];
    double[] events = new double[n];
    double[] varianceEvents = new double[n];
    double[] population = new double[n];
    double[] weight = new double[n];
    int[] firstRow = new int[n];
    int units = 0;
    // Equal stratum texts have equal codes: a group's strata are told apart by code.
    int[] stratumCodes = table.codes(c.stratum());
    int[] groupOfCode = new int[table.distinct(c.stratum())];
    int[] unitOfCode = new int[groupOfCode.length];
    Arrays.fill(groupOfCode, -1);
    for (int g = 0; g < groups.size(); g++) {
      for (int i = groups.offsets()[g]; i < groups.offsets()[g + 1]; i++) {
        int row = groups.rowOrder()[i];
        int code = stratumCodes[row];
        int unit;
        if (groupOfCode[code] != g) {
          table.requiredText(row, c.stratum());
          unit = units++;
          groupOfCode[code] = g;
          unitOfCode[code] = unit;
          firstRow[unit] = row;
          population[unit] = rows.population()[row];
          weight[unit] = rows.weight()[row];
        } else {
          unit = unitOfCode[code];
          requireRepeatAllowed(table, c, row, firstRow[unit]);
          requireSame(
              table, row, c.population(), rows.population()[row], population[unit], firstRow[unit]);
          requireSame(table, row, c.standard(), rows.weight()[row], weight[unit], firstRow[unit]);
        }
        events[unit] += rows.events()[row];
        varianceEvents[unit] += rows.varianceEvents()[row];
      }
      offsets[g + 1] = units;
    }
    int[] noStratumIndex = null;
    return c.nonIndependent()
        ? Strata.nonIndependent(
            offsets,
            noStratumIndex,
            Arrays.copyOf(events, units),
            Arrays.copyOf(varianceEvents, units),
            Arrays.copyOf(population, units),
            Arrays.copyOf(weight, units))
        : Strata.of(
            offsets,
            noStratumIndex,
            Arrays.copyOf(events, units),
            Arrays.copyOf(population, units),
            Arrays.copyOf(weight, units));
  }

  private static void requireRepeatAllowed(CsvTable table, Columns c, int row, int firstRow)
      throws CliException {
    if (!c.nonIndependent()) {
      throw table.cellError(
          row,
          c.stratum(),
          table.text(row, c.stratum()),
          "stratum repeats in group (line "
              + table.line(firstRow)
              + "); use --non-independent for rows by event frequency");
    }
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
