package org.variatlas.app.population;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.app.loads.LoadRun;
import org.variatlas.sdk.io.CsvColumns;

/**
 * Reading the population: SSB's files as checked rows. Every cell is checked (year 1900-2100, sex,
 * age 0-105, a whole non-negative count, and what the caller's {@link UnitRule} says of the base
 * unit) and every bad one is reported with file, line, column and value. Each distinct text of a
 * column is parsed and checked once: a file of millions of rows repeats a few thousand texts.
 */
final class PopulationFiles {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  /** The base unit of a row, or a problem. */
  interface UnitRule {
    /** Prepares per-text checks once the file is read. */
    void prepare(CsvColumns csv);

    /** The row's unit index, or -1 after reporting its problem to the run. */
    int unit(CsvColumns csv, int row);
  }

  private final LoadRun run;

  PopulationFiles(LoadRun run) {
    this.run = run;
  }

  /**
   * Reads a file's cells, or returns null after reporting why it cannot be read (the rest of it
   * cannot be read; other files still are).
   */
  CsvColumns open(Path file, String name, List<String> columns) {
    run.source(file);
    try {
      return CsvColumns.read(file, name, ',').requireExactColumns(columns, List.of());
    } catch (SourceProblemException e) {
      run.problem(e.problem());
      return null;
    }
  }

  /** The years the files' rows may have: their year column's valid texts, ascending. */
  static int[] years(List<CsvColumns> files) {
    boolean[] seen = new boolean[LAST_YEAR - FIRST_YEAR + 1];
    for (CsvColumns csv : files) {
      if (csv != null) {
        for (String text : csv.values(csv.column("year"))) {
          if (year(text) instanceof Integer y) {
            seen[y - FIRST_YEAR] = true;
          }
        }
      }
    }
    return IntStream.range(0, seen.length).filter(i -> seen[i]).map(i -> i + FIRST_YEAR).toArray();
  }

  /**
   * Checks every row of a file read by {@link #open} and puts its figure into {@code into}, whose
   * years are at least {@link #years} of this file.
   */
  void read(CsvColumns csv, UnitRule units, PopulationCells into) {
    int yearColumn = csv.column("year");
    int sexColumn = csv.column("sex");
    int ageColumn = csv.column("age");
    int countColumn = csv.column("population");
    CellRule years = CellRule.of(csv, yearColumn, PopulationFiles::year);
    CellRule sexes = CellRule.of(csv, sexColumn, PopulationFiles::sex);
    CellRule ages = CellRule.of(csv, ageColumn, PopulationFiles::age);
    CellRule counts = CellRule.of(csv, countColumn, CellRule::count);
    units.prepare(csv);
    int fileIndex = into.file(csv.name());
    int[] year = csv.codes(yearColumn);
    int[] sex = csv.codes(sexColumn);
    int[] age = csv.codes(ageColumn);
    int[] count = csv.codes(countColumn);
    int rows = csv.rows();
    for (int row = 0; row < rows; row++) {
      run.read();
      boolean ok = check(csv, row, yearColumn, years.problem(year[row]));
      ok &= check(csv, row, sexColumn, sexes.problem(sex[row]));
      ok &= check(csv, row, ageColumn, ages.problem(age[row]));
      ok &= check(csv, row, countColumn, counts.problem(count[row]));
      int unit = ok ? units.unit(csv, row) : -1;
      if (unit >= 0) {
        int cell =
            into.cell(unit, years.value(year[row]), sexes.value(sex[row]), ages.value(age[row]));
        into.put(cell, counts.value(count[row]), fileIndex, csv.line(row));
        run.accepted();
      } else {
        run.rejected();
      }
    }
    run.progress("read " + run.rowsRead() + " rows (" + csv.name() + ")");
  }

  private static Object year(String text) {
    return CellRule.integer(
        text,
        FIRST_YEAR,
        LAST_YEAR,
        "bad-year",
        "a year " + FIRST_YEAR + "-" + LAST_YEAR + " is expected");
  }

  private static Object age(String text) {
    return CellRule.integer(
        text,
        0,
        PopulationFilter.MAX_AGE,
        "bad-age",
        "an age 0-" + PopulationFilter.MAX_AGE + " is expected");
  }

  /** For files without a unit column (the national figures): every row is unit 0's. */
  static final UnitRule NO_UNIT =
      new UnitRule() {
        @Override
        public void prepare(CsvColumns csv) {}

        @Override
        public int unit(CsvColumns csv, int row) {
          return 0;
        }
      };

  private boolean check(CsvColumns csv, int row, int column, CellRule.Problem problem) {
    if (problem == null) {
      return true;
    }
    run.problem(csv.location(row, column), problem.rule(), problem.message());
    return false;
  }

  private static Object sex(String text) {
    if (CellRule.missing(text)) {
      return new CellRule.Problem("missing-value", "a value is required");
    }
    try {
      return Sex.parse(text).ordinal();
    } catch (IllegalArgumentException e) {
      return new CellRule.Problem("bad-sex", e.getMessage());
    }
  }
}
