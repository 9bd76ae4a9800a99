package org.variatlas.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.sdk.io.CsvCells;
import org.variatlas.sdk.io.Numbers;

/**
 * The dsr command's input read in one pass straight into the arrays it computes on: numbers parsed
 * from the reader's characters by the one number rule, group and stratum texts coded, no object per
 * cell (a million strata are read in a fraction of the time the general {@link CsvTable} takes). It
 * reads clean input only: at the first cell or row that {@link CsvTable}'s checks would report it
 * stops, and the command reads the same bytes through {@link CsvTable}, whose messages name the
 * file, line, column, value and rule.
 */
final class DsrInput implements CsvCells.Visitor {

  /** The rows of a clean input; {@code frequency} is null unless rows are by event frequency. */
  record Rows(
      List<String> groups,
      int[] groupOfRow,
      int[] stratumOfRow,
      int strata,
      double[] count,
      double[] frequency,
      double[] population,
      double[] weight) {}

  private static final int OTHER = 0;
  private static final int GROUP = 1;
  private static final int STRATUM = 2;
  private static final int COUNT = 3;
  private static final int FREQUENCY = 4;
  private static final int POPULATION = 5;
  private static final int STANDARD = 6;

  /** Thrown (without a stack trace) where the general reader has something to report. */
  private static final class NotClean extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotClean() {
      super(null, null, false, false);
    }
  }

  private static final NotClean NOT_CLEAN = new NotClean();
  private static final String SOURCE = "dsr input";

  private final boolean nonIndependent;
  private final TextCodes groups = new TextCodes();
  private final TextCodes strata = new TextCodes();
  private List<String> names;
  private int[] roles;
  private Column[] columns;
  private int rows;
  private int[] groupOfRow;
  private int[] stratumOfRow;
  private double[][] numbers = new double[STANDARD + 1][];
  private boolean nonEmpty;
  private boolean missing;

  private DsrInput(boolean nonIndependent, int capacity) {
    this.nonIndependent = nonIndependent;
    groupOfRow = new int[capacity];
    stratumOfRow = new int[capacity];
    for (int role = COUNT; role <= STANDARD; role++) {
      numbers[role] = role == FREQUENCY && !nonIndependent ? null : new double[groupOfRow.length];
    }
  }

  /** Inputs from this size are read in two halves at once where there are two cores. */
  private static final int PARALLEL_FROM = 1 << 20;

  /** The rows of {@code csv}, or null when it is not clean (see the class comment). */
  static Rows read(byte[] csv, boolean nonIndependent) {
    DsrInput input;
    try {
      input =
          csv.length >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1
              ? inHalves(csv, nonIndependent)
              : whole(csv, nonIndependent);
    } catch (NotClean | SourceProblemException e) {
      return null;
    }
    if (input == null || input.roles == null) {
      return null;
    }
    int n = input.rows;
    return new Rows(
        input.groups.texts(),
        exact(input.groupOfRow, n),
        exact(input.stratumOfRow, n),
        input.strata.texts().size(),
        exact(input.numbers[COUNT], n),
        nonIndependent ? exact(input.numbers[FREQUENCY], n) : null,
        exact(input.numbers[POPULATION], n),
        exact(input.numbers[STANDARD], n));
  }

  private static int[] exact(int[] values, int n) {
    return values.length == n ? values : Arrays.copyOf(values, n);
  }

  private static double[] exact(double[] values, int n) {
    return values.length == n ? values : Arrays.copyOf(values, n);
  }

  /**
   * The number of rows a file of this size holds, judged by its first lines, a little over (the
   * arrays are made once at about the right size instead of doubled a dozen times).
   */
  static int estimatedRows(byte[] csv, int from, int to) {
    int lines = 0;
    int i = from;
    for (; i < to && lines < 256; i++) {
      lines += csv[i] == '\n' ? 1 : 0;
    }
    if (i >= to) {
      return lines + 1;
    }
    long estimate = (long) (to - from) * lines / (i - from);
    return (int) Math.min(Integer.MAX_VALUE - 16, estimate + estimate / 32 + 16);
  }

  private static DsrInput whole(byte[] csv, boolean nonIndependent) {
    DsrInput input = new DsrInput(nonIndependent, estimatedRows(csv, 0, csv.length));
    CsvCells.read(csv, SOURCE, ',', input);
    return input;
  }

  /**
   * The first half on this thread, the second (from the line end nearest the middle) on another,
   * merged in file order. A quoted cell in the first half might hold a line break across the split:
   * then, or on any problem, the file is read whole instead.
   */
  private static DsrInput inHalves(byte[] csv, boolean nonIndependent) {
    int headerEnd = lineEnd(csv, 0);
    int split = lineEnd(csv, csv.length / 2);
    if (headerEnd < 0 || split <= headerEnd || split >= csv.length) {
      return whole(csv, nonIndependent);
    }
    DsrInput header = new DsrInput(nonIndependent, 1);
    CsvCells.read(csv, 0, headerEnd, null, SOURCE, ',', header);
    // The first half's arrays are made for the whole file: the second half's rows go there.
    DsrInput first = new DsrInput(nonIndependent, estimatedRows(csv, headerEnd, csv.length));
    DsrInput second = new DsrInput(nonIndependent, estimatedRows(csv, split, csv.length));
    FutureTask<Boolean> secondHalf =
        new FutureTask<>(
            () -> CsvCells.read(csv, split, csv.length, header.names, SOURCE, ',', second));
    Thread thread = new Thread(secondHalf, "dsr-second-half");
    thread.setDaemon(true);
    thread.start();
    boolean firstQuoted = true;
    try {
      firstQuoted = CsvCells.read(csv, 0, split, null, SOURCE, ',', first);
    } catch (NotClean | SourceProblemException e) {
      // read whole below, for the same answer as without halves
    }
    try {
      secondHalf.get();
      if (!firstQuoted) {
        first.append(second);
        return first;
      }
    } catch (ExecutionException e) {
      // read whole below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    return whole(csv, nonIndependent);
  }

  private static int lineEnd(byte[] csv, int from) {
    for (int i = from; i < csv.length; i++) {
      if (csv[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /** Appends the rows another input read (its codes mapped to this one's, in order). */
  private void append(DsrInput other) {
    int[] groupCodes = other.groups.mappedTo(groups);
    int[] strataCodes = other.strata.mappedTo(strata);
    int total = rows + other.rows;
    if (total >= groupOfRow.length) {
      grow(total + 1);
    }
    for (int r = 0; r < other.rows; r++) {
      groupOfRow[rows + r] = groupCodes[other.groupOfRow[r]];
      stratumOfRow[rows + r] = strataCodes[other.stratumOfRow[r]];
    }
    for (int role = COUNT; role <= STANDARD; role++) {
      if (numbers[role] != null) {
        System.arraycopy(other.numbers[role], 0, numbers[role], rows, other.rows);
      }
    }
    rows = total;
  }

  @Override
  public void header(List<String> names) {
    this.names = names;
    roles = new int[names.size()];
    columns = new Column[names.size()];
    Arrays.fill(columns, new Ignored());
    role(names, "group", GROUP);
    role(names, "stratum", STRATUM);
    role(names, nonIndependent ? "persons" : "events", COUNT);
    if (nonIndependent) {
      role(names, "event_frequency", FREQUENCY);
    }
    role(names, "population", POPULATION);
    role(names, "standard_population", STANDARD);
  }

  private void role(List<String> names, String name, int role) {
    int column = names.indexOf(name);
    if (column < 0) {
      throw NOT_CLEAN;
    }
    roles[column] = role;
    columns[column] =
        switch (role) {
          case GROUP -> new GroupColumn();
          case STRATUM -> new StratumColumn();
          default -> new NumberColumn(role);
        };
  }

  @Override
  public void cell(int column, char[] text, int from, int to) {
    int role = roles[column];
    if (from == to) {
      // An empty count is 0 (as in PHE); any other empty cell is an error unless the whole row is
      // empty, which is skipped.
      missing |= role != COUNT && role != OTHER;
      if (role == COUNT) {
        numbers[COUNT][rows] = 0;
      }
      return;
    }
    nonEmpty = true;
    columns[column].read(text, from, to);
  }

  /**
   * Reads a column's non-empty cells: a small class per kind of column, called from a site that
   * sees three or more kinds, so that the optimising compiler compiles each on its own instead of
   * all of them into FastCSV's parse loop (which then took longer to compile than a run lasts).
   */
  private abstract static class Column {
    abstract void read(char[] text, int from, int to);
  }

  private static final class Ignored extends Column {
    @Override
    void read(char[] text, int from, int to) {}
  }

  private final class GroupColumn extends Column {
    @Override
    void read(char[] text, int from, int to) {
      groupOfRow[rows] = groups.code(text, from, to);
    }
  }

  private final class StratumColumn extends Column {
    @Override
    void read(char[] text, int from, int to) {
      stratumOfRow[rows] = strata.code(text, from, to);
    }
  }

  private final class NumberColumn extends Column {
    private final int role;

    NumberColumn(int role) {
      this.role = role;
    }

    @Override
    void read(char[] text, int from, int to) {
      numbers[role][rows] = number(role, text, from, to);
    }
  }

  private static double number(int role, char[] text, int from, int to) {
    double v = Numbers.value(text, from, to);
    if (role == COUNT && Double.isNaN(v) && to - from == 2 && text[from] == 'N') {
      if (text[from + 1] == 'A') {
        return 0; // R's NA: a missing count, 0 as in PHE
      }
    }
    boolean ok = role == POPULATION || role == STANDARD ? v > 0 : v >= 0;
    if (!ok) {
      throw NOT_CLEAN;
    }
    return v;
  }

  @Override
  public void row(long line, int cells) {
    if (!nonEmpty) {
      missing = false; // a row of empty cells is skipped
      return;
    }
    if (cells != roles.length || missing) {
      throw NOT_CLEAN;
    }
    nonEmpty = false;
    if (++rows == groupOfRow.length) {
      grow(rows + rows / 2 + 16);
    }
  }

  private void grow(int capacity) {
    groupOfRow = Arrays.copyOf(groupOfRow, capacity);
    stratumOfRow = Arrays.copyOf(stratumOfRow, capacity);
    for (int role = COUNT; role <= STANDARD; role++) {
      numbers[role] = numbers[role] == null ? null : Arrays.copyOf(numbers[role], capacity);
    }
  }
}
