package org.variatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.variatlas.sdk.io.CsvWriter;

/**
 * CSV written to standard output as UTF-8 bytes: a header, then rows, LF line ends, quoted as the
 * project's {@link CsvWriter} quotes (RFC 4180: only cells holding a comma, quote or line break,
 * and a row's first cell starting with {@code #}; quotes doubled). Numbers keep full double
 * precision (they read back to the same double, see {@link DecimalText}) and are written as bytes
 * straight into the buffer: an output of a few hundred thousand numbers makes no String per number.
 * Whole numbers print without a decimal point; NaN (not available) prints as an empty cell.
 */
final class CsvOutput {

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private boolean rowStarted;

  CsvOutput(OutputStream out) {
    this.out = out;
  }

  /** Writes one row; cells are Strings (quoted when needed), Numbers or null (empty). */
  void row(Object... cells) {
    for (Object cell : cells) {
      if (cell instanceof Double d) {
        cell(d.doubleValue());
      } else if (cell instanceof Float f) {
        cell(f.doubleValue());
      } else {
        cell(cell == null ? null : cell.toString());
      }
    }
    endRow();
  }

  /** Writes a number cell of the current row. */
  void cell(double v) {
    separate();
    room(DecimalText.MAX_LENGTH);
    pos = DecimalText.write(v, buffer, pos);
  }

  /** Writes a text cell of the current row (null is empty). */
  void cell(String text) {
    boolean first = separate();
    if (text == null || text.isEmpty()) {
      return;
    }
    boolean quoted = first && text.charAt(0) == '#';
    for (int i = 0; i < text.length() && !quoted; i++) {
      char c = text.charAt(i);
      quoted = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    byte[] bytes =
        (quoted ? '"' + text.replace("\"", "\"\"") + '"' : text).getBytes(StandardCharsets.UTF_8);
    room(bytes.length);
    if (bytes.length > buffer.length) {
      write(bytes, bytes.length);
      return;
    }
    System.arraycopy(bytes, 0, buffer, pos, bytes.length);
    pos += bytes.length;
  }

  /** Ends the current row. */
  void endRow() {
    put((byte) '\n');
    rowStarted = false;
  }

  /** Writes the separator before a cell; whether the cell is the row's first. */
  private boolean separate() {
    if (rowStarted) {
      put((byte) ',');
      return false;
    }
    rowStarted = true;
    return true;
  }

  private void put(byte b) {
    room(1);
    buffer[pos++] = b;
  }

  /** Makes room for {@code n} bytes (flushing the buffer). */
  private void room(int n) {
    if (buffer.length - pos < n) {
      write(buffer, pos);
      pos = 0;
    }
  }

  private void write(byte[] bytes, int length) {
    try {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes what is buffered through to the output stream. */
  void flush() {
    write(buffer, pos);
    pos = 0;
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
