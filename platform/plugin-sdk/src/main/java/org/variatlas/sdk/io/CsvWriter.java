package org.variatlas.sdk.io;

import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes CSV (RFC 4180: quotes only where needed, doubled quotes inside) through FastCSV, the
 * project's one CSV writer. Cells are Strings, Numbers or null; a double prints as the shortest
 * text that reads back to the same double by {@link Numbers}' rule (a whole number without a
 * decimal point), and NaN, infinities and null print as an empty cell.
 *
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.of(writer, CsvWriter.Lines.LF)) {
 *   csv.row("group", "value");
 *   csv.row("A", 1.04);
 * }
 * }</pre>
 */
public final class CsvWriter implements Closeable, Flushable {

  /** The line end to write. */
  public enum Lines {
    /** {@code \n}: Unix tools, R, PostgreSQL's COPY. */
    LF,
    /** {@code \r\n}: RFC 4180 and spreadsheets. */
    CRLF
  }

  private final de.siegmar.fastcsv.writer.CsvWriter csv;

  private CsvWriter(de.siegmar.fastcsv.writer.CsvWriter csv) {
    this.csv = csv;
  }

  /** A writer onto {@code out} (buffered here; closing it closes {@code out}). */
  public static CsvWriter of(Writer out, Lines lines) {
    return new CsvWriter(
        de.siegmar.fastcsv.writer.CsvWriter.builder()
            .quoteStrategy(QuoteStrategies.REQUIRED)
            .lineDelimiter(lines == Lines.LF ? LineDelimiter.LF : LineDelimiter.CRLF)
            .bufferSize(1 << 16)
            .build(out));
  }

  /** The CSV text of a table written by {@code body}. */
  public static String toText(Lines lines, java.util.function.Consumer<CsvWriter> body) {
    StringWriter text = new StringWriter();
    try (CsvWriter csv = of(text, lines)) {
      body.accept(csv);
    }
    return text.toString();
  }

  /** Writes one row. */
  public CsvWriter row(Object... values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = cell(values[i]);
    }
    csv.writeRecord(out);
    return this;
  }

  /** Writes one row of texts as they are (null is an empty cell). */
  public CsvWriter row(Iterable<String> values) {
    csv.writeRecord(values);
    return this;
  }

  /** The text of one cell as this writer writes it (before quoting). */
  public static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof Float f) {
      return number(f.doubleValue());
    }
    return v.toString();
  }

  /** The shortest text that reads back as exactly {@code v}; empty for NaN or infinite. */
  public static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  @Override
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
