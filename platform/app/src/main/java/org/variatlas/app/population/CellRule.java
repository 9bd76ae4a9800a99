package org.variatlas.app.population;

import java.util.List;
import java.util.function.Function;
import org.variatlas.sdk.io.CsvColumns;
import org.variatlas.sdk.io.Numbers;

/**
 * A column's rule applied once per distinct text of a {@link CsvColumns} column: each text is a
 * value or a problem (rule and message), so millions of rows are checked by a lookup.
 */
final class CellRule {

  /** A text's problem. */
  record Problem(String rule, String message) {}

  private final int[] values;
  private final Problem[] problems;

  private CellRule(int[] values, Problem[] problems) {
    this.values = values;
    this.problems = problems;
  }

  /** Applies {@code check} to each distinct text of the column: a value, or a Problem thrown. */
  static CellRule of(CsvColumns csv, int column, Function<String, Object> check) {
    List<String> texts = csv.values(column);
    int[] values = new int[texts.size()];
    Problem[] problems = new Problem[texts.size()];
    for (int i = 0; i < values.length; i++) {
      Object v = check.apply(texts.get(i));
      if (v instanceof Problem p) {
        problems[i] = p;
      } else {
        values[i] = (Integer) v;
      }
    }
    return new CellRule(values, problems);
  }

  /** The value of a text's code (when it has no problem). */
  int value(int code) {
    return values[code];
  }

  /** The problem of a text's code, or null. */
  Problem problem(int code) {
    return problems[code];
  }

  /** A required whole number within [min, max], as {@code CsvRow.getInt} reads it. */
  static Object integer(String text, int min, int max, String rule, String expected) {
    if (missing(text)) {
      return new Problem("missing-value", "a value is required");
    }
    int v;
    try {
      v = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return new Problem("not-an-integer", "not a whole number");
    }
    return v < min || v > max ? new Problem(rule, expected) : (Object) v;
  }

  /** A required count: a whole, non-negative number by {@link Numbers}' rule. */
  static Object count(String text) {
    if (missing(text)) {
      return new Problem("missing-value", "a value is required");
    }
    double v;
    try {
      v = Numbers.parse(text);
    } catch (NumberFormatException e) {
      return new Problem("not-a-number", "not a number (use '.' as decimal mark)");
    }
    if (v < 0) {
      return new Problem("negative-count", "a count cannot be negative");
    }
    if (v != Math.rint(v)) {
      return new Problem("non-integer-count", "a count must be a whole number");
    }
    if (v > Integer.MAX_VALUE) {
      return new Problem(
          "count-too-large", "a count above " + Integer.MAX_VALUE + " is not stored");
    }
    return (int) v;
  }

  /** Empty, SAS's {@code .} and R's {@code NA} are missing, as {@code CsvRow.get} reads them. */
  static boolean missing(String text) {
    return text.isEmpty() || text.equals(".") || text.equalsIgnoreCase("NA");
  }
}
