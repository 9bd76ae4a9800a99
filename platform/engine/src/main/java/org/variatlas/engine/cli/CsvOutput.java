package org.variatlas.engine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * CSV written to standard output: a header, then rows. Numbers keep full double precision (they
 * read back to the same double); whole numbers print without a decimal point; NaN (not available)
 * prints as an empty cell.
 */
final class CsvOutput {

  private final Writer out;
  private final StringBuilder line = new StringBuilder();

  CsvOutput(Writer out) {
    this.out = out;
  }

  /** Writes one row; cells are Strings (quoted when needed), Numbers or null (empty). */
  void row(Object... cells) {
    line.setLength(0);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      Object cell = cells[i];
      if (cell instanceof Double d) {
        line.append(number(d));
      } else if (cell instanceof Number n) {
        line.append(n);
      } else if (cell != null) {
        line.append(text(cell.toString()));
      }
    }
    line.append('\n');
    try {
      out.write(line.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shortest text that reads back as exactly {@code v}; empty for NaN or infinite. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static String text(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
