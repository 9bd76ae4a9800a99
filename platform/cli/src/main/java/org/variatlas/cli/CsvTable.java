package org.variatlas.cli;

import java.io.InputStream;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.sdk.io.CsvColumns;
import org.variatlas.sdk.io.Numbers;

/**
 * An input CSV file held in memory: a header row, then data rows; fields separated by commas,
 * optionally in double quotes ({@code ""} escapes a quote); {@code .} as decimal mark. An empty
 * cell (or R's {@code NA}) is missing. Extra columns are ignored. Every error names the source,
 * line, column, value and rule.
 */
final class CsvTable {

  /** Rules a numeric cell must meet. */
  enum Rule {
    ANY("must be a number"),
    NON_NEGATIVE("must be a number >= 0"),
    POSITIVE("must be a number > 0");

    private final String text;

    Rule(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }

    boolean accepts(double v) {
      return switch (this) {
        case ANY -> true;
        case NON_NEGATIVE -> v >= 0;
        case POSITIVE -> v > 0;
      };
    }
  }

  private final String source;
  private final CsvColumns columns;
  private final double[][] numbers;

  private CsvTable(String source, CsvColumns columns) {
    this.source = source;
    this.columns = columns;
    this.numbers = new double[columns.header().size()][];
  }

  /** Reads a whole CSV (UTF-8) through the project's CSV reader. */
  static CsvTable read(InputStream in, String source) throws CliException {
    try {
      return new CsvTable(source, CsvColumns.read(in, source, ','));
    } catch (SourceProblemException e) {
      SourceLocation at = e.problem().where();
      String message = e.problem().message();
      if (e.problem().rule().equals("empty-file")) {
        throw CliException.file(source, "is empty: a header row is required");
      }
      if (at.column() != null && e.problem().rule().equals("duplicate-column")) {
        throw CliException.line(source, 1, "column '" + at.column() + "' appears twice");
      }
      throw at.line() <= 0
          ? CliException.file(source, message)
          : CliException.line(source, (int) at.line(), message);
    }
  }

  String source() {
    return source;
  }

  int size() {
    return columns.rows();
  }

  /** The 1-based line of data row {@code row}. */
  int line(int row) {
    return (int) columns.line(row);
  }

  /** Each row's code of a column's text: equal texts, equal codes (see {@link CsvColumns}). */
  int[] codes(int column) {
    return columns.codes(column);
  }

  /** How many distinct texts a column has (codes are below this). */
  int distinct(int column) {
    return columns.values(column).size();
  }

  /** The index of a required column. */
  int column(String name) throws CliException {
    int i = columns.column(name);
    if (i < 0) {
      throw CliException.line(
          source,
          1,
          "missing column '" + name + "' (header: " + String.join(",", columns.header()) + ")");
    }
    return i;
  }

  /** The index of an optional column, or −1. */
  int optionalColumn(String name) {
    return columns.column(name);
  }

  /** The trimmed text of a cell. */
  String text(int row, int column) {
    return columns.text(row, column);
  }

  /** A non-empty text cell. */
  String requiredText(int row, int column) throws CliException {
    String text = text(row, column);
    if (text.isEmpty()) {
      throw cellError(row, column, text, "a value is required");
    }
    return text;
  }

  /** A numeric cell that may be missing (NaN). */
  double number(int row, int column, Rule rule) throws CliException {
    if (numbers[column] == null) {
      numbers[column] = columns.numbers(column); // each distinct text parsed once
    }
    double v = numbers[column][columns.codes(column)[row]];
    if (Double.isNaN(v)) {
      String text = text(row, column);
      if (text.isEmpty() || text.equals("NA")) {
        return Double.NaN;
      }
      throw cellError(
          row,
          column,
          text,
          Numbers.isNumber(text)
              ? "number out of range"
              : "not a number (use '.' as decimal mark)");
    }
    if (!rule.accepts(v)) {
      throw cellError(row, column, text(row, column), rule.text());
    }
    return v;
  }

  /** A numeric cell that must be present. */
  double requiredNumber(int row, int column, Rule rule) throws CliException {
    double v = number(row, column, rule);
    if (Double.isNaN(v)) {
      throw cellError(row, column, text(row, column), "a number is required");
    }
    return v;
  }

  /** An error located at a cell. */
  CliException cellError(int row, int column, String value, String rule) {
    return CliException.cell(source, line(row), columns.header().get(column), value, rule);
  }
}
