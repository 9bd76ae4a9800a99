package org.variatlas.cli;

import java.io.Writer;
import org.variatlas.sdk.io.CsvWriter;

/**
 * CSV written to standard output through the project's CSV writer: a header, then rows. Numbers
 * keep full double precision (they read back to the same double); whole numbers print without a
 * decimal point; NaN (not available) prints as an empty cell.
 */
final class CsvOutput {

  private final CsvWriter out;

  CsvOutput(Writer out) {
    this.out = CsvWriter.of(out, CsvWriter.Lines.LF);
  }

  /** Writes one row; cells are Strings (quoted when needed), Numbers or null (empty). */
  void row(Object... cells) {
    out.row(cells);
  }

  /** Writes what is buffered through to the underlying writer. */
  void flush() {
    out.flush();
  }

  /** The shortest text that reads back as exactly {@code v}; empty for NaN or infinite. */
  static String number(double v) {
    return CsvWriter.number(v);
  }
}
