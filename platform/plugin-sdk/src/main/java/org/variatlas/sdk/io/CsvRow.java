package org.variatlas.sdk.io;

import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/**
 * One data row of a {@link CsvReader}. Typed getters throw a located {@link SourceProblemException}
 * when a value does not parse, naming file, line, column, value and rule.
 */
public final class CsvRow {

  private final CsvReader reader;
  private final long line;
  private final String[] cells;

  CsvRow(CsvReader reader, long line, String[] cells) {
    this.reader = reader;
    this.line = line;
    this.cells = cells;
  }

  /** The 1-based physical line the row starts on (the header is line 1). */
  public long line() {
    return line;
  }

  /** The row's location in the file, without a column. */
  public SourceLocation location() {
    return SourceLocation.line(reader.name(), line);
  }

  /** The location of one cell, with its raw value. */
  public SourceLocation location(String column) {
    return location().at(column, raw(column));
  }

  /** The raw cell, trimmed; empty string for an empty cell. */
  public String raw(String column) {
    return cells[reader.columnIndex(column)];
  }

  /** Every cell of the row, trimmed, in header order (a copy). */
  public String[] cells() {
    return cells.clone();
  }

  /** The raw cell at a {@link CsvReader#columnIndex column index}, trimmed. */
  public String raw(int column) {
    return cells[column];
  }

  /** The trimmed cell, or {@code null} when it is empty (or a lone {@code .}, SAS's missing). */
  public String get(String column) {
    String v = raw(column);
    return v.isEmpty() || v.equals(".") || v.equalsIgnoreCase("NA") ? null : v;
  }

  /**
   * The cell as text, required.
   *
   * @throws SourceProblemException ({@code missing-value}) when empty
   */
  public String require(String column) {
    String v = get(column);
    if (v == null) {
      throw problem(column, "missing-value", "a value is required");
    }
    return v;
  }

  /**
   * The cell as a whole number.
   *
   * @throws SourceProblemException ({@code missing-value}, {@code not-an-integer})
   */
  public int getInt(String column) {
    String v = require(column);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw problem(column, "not-an-integer", "not a whole number");
    }
  }

  /**
   * The cell as a number by {@link Numbers}' rule ({@code .} as decimal mark, no grouping); empty
   * gives {@code null}.
   *
   * @throws SourceProblemException ({@code not-a-number})
   */
  public Double getDouble(String column) {
    String v = get(column);
    if (v == null) {
      return null;
    }
    try {
      return Numbers.parse(v);
    } catch (NumberFormatException e) {
      throw problem(column, "not-a-number", "not a number (use '.' as decimal mark)");
    }
  }

  /**
   * The cell as a required number.
   *
   * @throws SourceProblemException ({@code missing-value}, {@code not-a-number})
   */
  public double requireDouble(String column) {
    require(column);
    return getDouble(column);
  }

  /**
   * The cell as a sex ({@code female/male}, {@code f/m}, {@code k/m}, {@code 2/1}).
   *
   * @throws SourceProblemException ({@code bad-sex})
   */
  public Sex getSex(String column) {
    String v = require(column);
    try {
      return Sex.parse(v);
    } catch (IllegalArgumentException e) {
      throw problem(column, "bad-sex", e.getMessage());
    }
  }

  /** A located problem about one cell of this row. */
  public SourceProblemException problem(String column, String rule, String message) {
    return new SourceProblemException(location(column), rule, message);
  }

  @Override
  public String toString() {
    return reader.name() + ":" + line + " " + String.join(",", cells);
  }
}
