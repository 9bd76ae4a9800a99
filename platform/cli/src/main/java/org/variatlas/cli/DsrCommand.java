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

    Prepared prepared = prepare(inputs, inputs.mainBytes(), nonIndependent, true);
    EstimatesTable.write(
        out,
        prepared.names(),
        DirectStandardisation.compute(
            prepared.strata(), new DsrOptions(multiplier, interval, minimumEvents)),
        "events",
        "population");
  }

  /** The groups and their strata, ready for the engine. */
  record Prepared(List<String> names, Strata strata) {}

  /**
   * The groups and strata of the main input {@code csv}: read by {@link DsrInput} when it is clean
   * and {@code fastRead}, else (or when it is not clean) through {@link CsvTable}.
   */
  static Prepared prepare(Inputs inputs, byte[] csv, boolean nonIndependent, boolean fastRead)
      throws CliException {
    DsrInput.Rows clean = fastRead ? DsrInput.read(csv, nonIndependent) : null;
    Prepared prepared = clean != null ? fast(clean) : null;
    return prepared != null ? prepared : located(inputs.table(csv), nonIndependent);
  }

  /** From a clean input; null when its strata break a rule (read again for the message). */
  private static Prepared fast(DsrInput.Rows in) {
    Strata inOrder = in.frequency() == null ? inGroupOrder(in) : null;
    if (inOrder != null) {
      return new Prepared(in.groups(), inOrder);
    }
    int n = in.groupOfRow().length;
    Rows rows = new Rows(new double[n], new double[n], in.population(), in.weight());
    for (int row = 0; row < n; row++) {
      double f = in.frequency() == null ? 1 : in.frequency()[row];
      rows.events[row] = f * in.count()[row];
      rows.varianceEvents[row] = f * f * in.count()[row];
    }
    RowGroups groups = RowGroups.of(in.groups(), in.groupOfRow());
    boolean nonIndependent = in.frequency() != null;
    try {
      return new Prepared(
          groups.names(),
          strata(in.stratumOfRow(), in.strata(), rows, groups, nonIndependent, StrataChecks.RETRY));
    } catch (CliException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * Independent rows that are already in group order with each stratum once in its group (the usual
   * layout): then the rows are the strata as {@link #strata} would build them, and the read arrays
   * go to the engine as they are. Null for any other layout.
   */
  private static Strata inGroupOrder(DsrInput.Rows in) {
    int[] groupOfRow = in.groupOfRow();
    int[] stratumOfRow = in.stratumOfRow();
    int[] offsets = new int[in.groups().size() + 1];
    int[] groupOfStratum = new int[in.strata()];
    Arrays.fill(groupOfStratum, -1);
    int g = -1;
    for (int row = 0; row < groupOfRow.length; row++) {
      if (groupOfRow[row] != g) {
        if (groupOfRow[row] != g + 1) {
          return null; // a group's rows lie apart
        }
        offsets[++g] = row;
      }
      if (groupOfStratum[stratumOfRow[row]] == g) {
        return null; // a stratum repeats in its group
      }
      groupOfStratum[stratumOfRow[row]] = g;
    }
    offsets[g + 1] = groupOfRow.length;
    int[] noStratumIndex = null;
    return Strata.of(offsets, noStratumIndex, in.count(), in.population(), in.weight());
  }

  /** Through the general reader, whose checks report the first problem with its location. */
  private static Prepared located(CsvTable table, boolean nonIndependent) throws CliException {
    Columns columns = Columns.of(table, nonIndependent);
    Rows rows = Rows.read(table, columns);
    RowGroups groups = RowGroups.of(table, columns.group());
    StrataChecks checks = new LocatedChecks(table, columns);
    int stratum = columns.stratum();
    return new Prepared(
        groups.names(),
        strata(
            table.codes(stratum), table.distinct(stratum), rows, groups, nonIndependent, checks));
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

  /** Where the strata's rules are reported. */
  private interface StrataChecks {

    /** Gives up quietly: the general reader reads the input again for the located message. */
    StrataChecks RETRY =
        new StrataChecks() {
          @Override
          public void firstOfStratum(int row) {}

          @Override
          public CliException broken(int row, int rule, int firstRow) {
            throw new IllegalStateException("read again for the location");
          }
        };

    int REPEATED = 0;
    int OTHER_POPULATION = 1;
    int OTHER_WEIGHT = 2;

    /** Checks the first row of a stratum in its group. */
    void firstOfStratum(int row) throws CliException;

    /** A row that breaks {@code rule} against the stratum's first row. */
    CliException broken(int row, int rule, int firstRow);
  }

  private record LocatedChecks(CsvTable table, Columns c) implements StrataChecks {

    @Override
    public void firstOfStratum(int row) throws CliException {
      table.requiredText(row, c.stratum());
    }

    @Override
    public CliException broken(int row, int rule, int firstRow) {
      int column =
          switch (rule) {
            case REPEATED -> c.stratum();
            case OTHER_POPULATION -> c.population();
            default -> c.standard();
          };
      String text =
          rule == REPEATED
              ? "stratum repeats in group (line "
                  + table.line(firstRow)
                  + "); use --non-independent for rows by event frequency"
              : "differs from the same stratum's value on line " + table.line(firstRow);
      return table.cellError(row, column, table.text(row, column), text);
    }
  }

  /**
   * The groups' strata: one unit per distinct stratum of a group. A repeated stratum is an error,
   * unless the rows are by event frequency, when its events add up and its populations must agree.
   * Equal stratum texts have equal codes: a group's strata are told apart by code.
   */
  private static Strata strata(
      int[] stratumCodes,
      int distinctStrata,
      Rows rows,
      RowGroups groups,
      boolean nonIndependent,
      StrataChecks checks)
      throws CliException {
    int n = stratumCodes.length;
    int[] offsets = new int[groups.size() + 1];
    double[] events = new double[n];
    double[] varianceEvents = new double[n];
    double[] population = new double[n];
    double[] weight = new double[n];
    int[] firstRow = new int[n];
    int units = 0;
    int[] groupOfCode = new int[distinctStrata];
    int[] unitOfCode = new int[distinctStrata];
    Arrays.fill(groupOfCode, -1);
    int[] groupOffsets = groups.offsets();
    int[] rowOrder = groups.rowOrder();
    double[] rowEvents = rows.events();
    double[] rowVarianceEvents = rows.varianceEvents();
    for (int g = 0; g < groups.size(); g++) {
      for (int i = groupOffsets[g]; i < groupOffsets[g + 1]; i++) {
        int row = rowOrder[i];
        int code = stratumCodes[row];
        int unit;
        if (groupOfCode[code] != g) {
          checks.firstOfStratum(row);
          unit = units++;
          groupOfCode[code] = g;
          unitOfCode[code] = unit;
          firstRow[unit] = row;
          population[unit] = rows.population()[row];
          weight[unit] = rows.weight()[row];
        } else {
          unit = unitOfCode[code];
          int first = firstRow[unit];
          if (!nonIndependent) {
            throw checks.broken(row, StrataChecks.REPEATED, first);
          }
          if (rows.population()[row] != population[unit]) {
            throw checks.broken(row, StrataChecks.OTHER_POPULATION, first);
          }
          if (rows.weight()[row] != weight[unit]) {
            throw checks.broken(row, StrataChecks.OTHER_WEIGHT, first);
          }
        }
        events[unit] += rowEvents[row];
        varianceEvents[unit] += rowVarianceEvents[row];
      }
      offsets[g + 1] = units;
    }
    return build(nonIndependent, offsets, units, events, varianceEvents, population, weight);
  }

  /** The strata of the first {@code units} units. */
  private static Strata build(
      boolean nonIndependent,
      int[] offsets,
      int units,
      double[] events,
      double[] varianceEvents,
      double[] population,
      double[] weight) {
    int[] noStratumIndex = null;
    return nonIndependent
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
}
