package org.variatlas.sdk.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifiers;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;

/**
 * Reads a delimited text file with a header row, keeping track of where every value came from so
 * that each problem can be reported with file, line, column and value. The project's one CSV
 * reader: a small facade over FastCSV (RFC 4180), so that plugins need no CSV library of their own.
 *
 * <p>Handles a UTF-8 byte-order mark, CRLF line ends, RFC 4180 quoting (including delimiters,
 * doubled quotes and line breaks inside quotes) and gzip-compressed files ({@code .gz}). Cells are
 * trimmed; rows with only empty cells are skipped. A row with more or fewer cells than the header
 * is a problem ({@code wrong-cell-count}). Numbers follow {@link Numbers}' one rule.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path, "norway/population/x.csv.gz", ',')) {
 *   csv.requireColumns("kommunenummer", "year", "sex", "age", "population");
 *   for (CsvRow row : csv) {
 *     int year = row.getInt("year");
 *   }
 * }
 * }</pre>
 */
public final class CsvReader implements Iterable<CsvRow>, Closeable {

  private final de.siegmar.fastcsv.reader.CsvReader<CsvRecord> csv;
  private final Iterator<CsvRecord> records;
  private final String name;
  private final List<String> header;
  private final Map<String, Integer> index;
  private boolean iterated;
  private long lastLine;

  /**
   * The one CSV dialect of the platform (RFC 4180 with this delimiter; a byte-order mark and empty
   * lines skipped; short and long rows reported by the reader, not by FastCSV).
   */
  static de.siegmar.fastcsv.reader.CsvReader.CsvReaderBuilder dialect(char delimiter) {
    return de.siegmar.fastcsv.reader.CsvReader.builder()
        .fieldSeparator(delimiter)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .detectBomHeader(true);
  }

  private CsvReader(InputStream in, String name, char delimiter) {
    this.name = name;
    this.csv =
        dialect(delimiter)
            .build(
                CsvRecordHandler.builder().fieldModifier(FieldModifiers.TRIM).build(),
                new StrictUtf8Reader(in));
    this.records = csv.iterator();
    CsvRecord first = next(1);
    if (first == null) {
      throw new SourceProblemException(
          SourceLocation.line(name, 1), "empty-file", "the file is empty: no header row");
    }
    List<String> cells = new ArrayList<>(first.getFields());
    if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
      cells.set(0, cells.get(0).substring(1).trim());
    }
    this.header = Collections.unmodifiableList(cells);
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      if (map.putIfAbsent(cells.get(i), i) != null) {
        throw new SourceProblemException(
            SourceLocation.line(name, 1).at(cells.get(i), null),
            "duplicate-column",
            "the header names column '" + cells.get(i) + "' twice");
      }
    }
    this.index = map;
  }

  /**
   * Opens a file.
   *
   * @param file the file; read as gzip when its name ends in {@code .gz}
   * @param displayName the name used in problem locations (e.g. relative to the data directory)
   * @param delimiter {@code ','} or {@code ';'}
   * @throws SourceProblemException ({@code unreadable-file}) when the file cannot be read
   */
  public static CsvReader open(Path file, String displayName, char delimiter) {
    try {
      InputStream in = Files.newInputStream(file);
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      return of(in, displayName, delimiter);
    } catch (IOException e) {
      throw SourceErrors.unreadable(displayName, e);
    }
  }

  /**
   * Reads from a stream (UTF-8); {@code displayName} names it in problem locations. Bytes that are
   * not UTF-8 stop the reading with a problem ({@code not-utf8}) on their line: they are never
   * silently replaced.
   */
  public static CsvReader of(InputStream in, String displayName, char delimiter) {
    return new CsvReader(in, displayName, delimiter);
  }

  /** The file's name as used in locations. */
  public String name() {
    return name;
  }

  /** The column names of the header row, trimmed. */
  public List<String> header() {
    return header;
  }

  public boolean hasColumn(String column) {
    return index.containsKey(column);
  }

  /**
   * Checks that the header has these columns (in any order, others allowed).
   *
   * @throws SourceProblemException ({@code wrong-columns}) naming the missing ones
   */
  public CsvReader requireColumns(String... columns) {
    List<String> missing = new ArrayList<>();
    for (String c : columns) {
      if (!index.containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw SourceErrors.missingColumns(name, missing, header);
    }
    return this;
  }

  /**
   * Checks that the header has exactly these columns, plus any of {@code optional}.
   *
   * @throws SourceProblemException ({@code wrong-columns}) naming what is missing or unexpected
   */
  public CsvReader requireExactColumns(List<String> required, List<String> optional) {
    requireColumns(required.toArray(String[]::new));
    Set<String> unexpected = new LinkedHashSet<>(header);
    unexpected.removeAll(required);
    unexpected.removeAll(optional);
    if (!unexpected.isEmpty()) {
      throw SourceErrors.unexpectedColumns(name, unexpected, required, optional);
    }
    return this;
  }

  /**
   * The index of a column in the header (for {@link CsvRow#raw(int)} in tight loops).
   *
   * @throws IllegalArgumentException when the header has no such column
   */
  public int columnIndex(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column '" + column + "' in " + name);
    }
    return i;
  }

  @Override
  public Iterator<CsvRow> iterator() {
    if (iterated) {
      throw new IllegalStateException("a CsvReader can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      private CsvRow next = advance();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public CsvRow next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        CsvRow current = next;
        next = advance();
        return current;
      }
    };
  }

  private CsvRow advance() {
    while (true) {
      CsvRecord record = next(-1);
      if (record == null) {
        return null;
      }
      String[] cells = record.getFields().toArray(String[]::new);
      if (allEmpty(cells)) {
        continue;
      }
      long line = record.getStartingLineNumber();
      if (cells.length != header.size()) {
        throw new SourceProblemException(
            SourceLocation.line(name, line),
            "wrong-cell-count",
            "the row has " + cells.length + " cells, the header " + header.size());
      }
      return new CsvRow(this, line, cells);
    }
  }

  private static boolean allEmpty(String[] cells) {
    for (String c : cells) {
      if (!c.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The next record, or null at the end; a malformed file is a located problem. */
  private CsvRecord next(long lineIfUnknown) {
    try {
      CsvRecord record = records.hasNext() ? records.next() : null;
      if (record != null) {
        lastLine = record.getStartingLineNumber();
      }
      return record;
    } catch (RuntimeException e) {
      if (!(e instanceof CsvParseException) && !(e instanceof UncheckedIOException)) {
        throw e;
      }
      if (notUtf8(e)) {
        // The reader hands over every character before the bad bytes first, so every record
        // before their line has been read.
        long line = lastLine + 1;
        throw new SourceProblemException(
            SourceLocation.line(name, line),
            "not-utf8",
            "line "
                + line
                + " is not valid UTF-8 (a file saved as Latin-1 or Windows-1252?): save the file"
                + " as UTF-8 and load it again",
            e);
      }
      throw located(e, lineIfUnknown);
    }
  }

  private static boolean notUtf8(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  private SourceProblemException located(RuntimeException re, long lineIfUnknown) {
    if (!(re instanceof CsvParseException e)) {
      return SourceErrors.unreadable(name, re);
    }
    String detail = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
    return new SourceProblemException(
        lineIfUnknown > 0 ? SourceLocation.line(name, lineIfUnknown) : SourceLocation.file(name),
        "malformed-csv",
        "the file is not valid CSV: " + detail,
        e);
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + name, e);
    }
  }
}
