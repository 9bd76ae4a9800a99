package org.variatlas.sdk.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;

/**
 * A CSV file's cells handed straight from FastCSV's buffer to a {@link Visitor}, for readers that
 * must not make an object per cell (a million rows read into primitive arrays, numbers parsed by
 * {@link Numbers#value(char[], int, int)}). The dialect of {@link CsvReader}: a header row, cells
 * trimmed, blank lines and a byte-order mark skipped, RFC 4180 quoting, UTF-8.
 *
 * <pre>{@code
 * CsvCells.read(in, "in.csv", ',', new CsvCells.Visitor() {
 *   public void header(List<String> names) { ... }
 *   public void cell(int column, char[] text, int from, int to) { ... }
 *   public void row(long line, int cells) { ... }
 * });
 * }</pre>
 */
public final class CsvCells {

  /** What a read hands over, in file order. */
  public interface Visitor {

    /** The header row's names, trimmed (before any data row). */
    void header(List<String> names);

    /**
     * One cell of the current data row: {@code text[from, to)}, trimmed; only cells under a header
     * name (extra cells are only counted). The characters are valid during the call only.
     */
    void cell(int column, char[] text, int from, int to);

    /** The end of a data row that starts on 1-based {@code line}, with its count of cells. */
    void row(long line, int cells);
  }

  private CsvCells() {}

  /**
   * Reads a whole stream (UTF-8).
   *
   * @throws SourceProblemException {@code empty-file} without a header row, {@code
   *     duplicate-column}, {@code malformed-csv} (located at the line), {@code unreadable-file};
   *     what the visitor throws passes through
   */
  public static void read(InputStream in, String displayName, char delimiter, Visitor visitor) {
    Handler handler = new Handler(displayName, visitor);
    try (var csv = CsvReader.dialect(delimiter).build(handler, in, StandardCharsets.UTF_8)) {
      read(csv, handler, displayName);
    } catch (IOException | UncheckedIOException e) {
      throw SourceErrors.unreadable(displayName, e);
    }
  }

  /**
   * Reads a whole file's bytes (UTF-8) as {@link #read(InputStream, String, char, Visitor)} does;
   * ASCII is taken byte by byte, without the decoder.
   */
  public static void read(byte[] csv, String displayName, char delimiter, Visitor visitor) {
    read(csv, 0, csv.length, null, displayName, delimiter, visitor);
  }

  /**
   * Reads the bytes {@code csv[from, to)}, which start at a line start. With a {@code header} they
   * hold data rows only (a part of a file read in parts at once): the visitor gets that header
   * first, and lines are counted from the part's first line as 1.
   *
   * @return whether a cell was quoted: only then may a line break lie inside a cell, so a reader
   *     that split a file at a line end without one split it between rows
   */
  public static boolean read(
      byte[] csv,
      int from,
      int to,
      List<String> header,
      String displayName,
      char delimiter,
      Visitor visitor) {
    Handler handler = new Handler(displayName, visitor);
    if (header != null) {
      handler.header.addAll(header);
      handler.columns = header.size();
      visitor.header(List.copyOf(header));
    }
    try (var reader = CsvReader.dialect(delimiter).build(handler, new Utf8Bytes(csv, from, to))) {
      read(reader, handler, displayName);
    } catch (IOException | UncheckedIOException e) {
      throw SourceErrors.unreadable(displayName, e);
    }
    return handler.quoted;
  }

  private static void read(
      de.siegmar.fastcsv.reader.CsvReader<Boolean> csv, Handler handler, String displayName) {
    try {
      for (var it = csv.iterator(); it.hasNext(); ) {
        it.next();
      }
    } catch (CsvParseException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof RuntimeException r && !(t instanceof CsvParseException)) {
          throw r; // a located problem of the header, or the visitor's own
        }
      }
      throw SourceErrors.malformed(displayName, handler.line, e);
    }
    if (handler.columns < 0) {
      throw new SourceProblemException(
          SourceLocation.line(displayName, 1), "empty-file", "the file is empty: no header row");
    }
  }

  /**
   * Bytes as characters: ASCII byte by byte (one pass, no decoder), and from the first other byte
   * on through the JDK's UTF-8 decoder, which replaces malformed input as a stream read does.
   */
  private static final class Utf8Bytes extends Reader {
    private final byte[] bytes;
    private final int end;
    private int pos;
    private Reader rest;

    Utf8Bytes(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.pos = from;
      this.end = to;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
      if (rest != null) {
        return rest.read(chars, offset, length);
      }
      if (pos == end) {
        return -1;
      }
      int n = Math.min(length, end - pos);
      for (int i = 0; i < n; i++) {
        byte b = bytes[pos + i];
        if (b < 0) {
          return i > 0 ? advance(i) : decodeRest(chars, offset, length);
        }
        chars[offset + i] = (char) b;
      }
      return advance(n);
    }

    private int advance(int n) {
      pos += n;
      return n;
    }

    private int decodeRest(char[] chars, int offset, int length) throws IOException {
      rest =
          new InputStreamReader(
              new ByteArrayInputStream(bytes, pos, end - pos), StandardCharsets.UTF_8);
      return rest.read(chars, offset, length);
    }

    @Override
    public void close() {
      // nothing to release
    }
  }

  private static final class Handler extends TrimmedCellsHandler {
    private final String name;
    private final Visitor visitor;
    private final List<String> header = new ArrayList<>();
    private int columns = -1;
    private boolean quoted;

    Handler(String name, Visitor visitor) {
      this.name = name;
      this.visitor = visitor;
    }

    @Override
    void cell(char[] buf, int from, int to, boolean quoted) {
      this.quoted |= quoted;
      if (columns < 0) {
        addHeaderCell(header, buf, from, to);
      } else if (fields < columns) {
        visitor.cell(fields, buf, from, to);
      }
    }

    @Override
    protected Boolean buildRecord() {
      if (empty) {
        return Boolean.FALSE;
      }
      if (columns >= 0) {
        visitor.row(line, fields);
        return Boolean.TRUE;
      }
      Set<String> seen = new HashSet<>();
      for (String cell : header) {
        if (!seen.add(cell)) {
          throw new CsvParseException(
              "duplicate column",
              new SourceProblemException(
                  SourceLocation.line(name, 1).at(cell, null),
                  "duplicate-column",
                  "the header names column '" + cell + "' twice"));
        }
      }
      columns = header.size();
      visitor.header(List.copyOf(header));
      return Boolean.TRUE;
    }
  }
}
