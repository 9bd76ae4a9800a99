package org.variatlas.api.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.variatlas.api.model.SourceLocation;

/**
 * Reads a delimited text file with a header row, keeping track of where every value came from so
 * that each problem can be reported with file, line, column and value.
 *
 * <p>Handles a UTF-8 byte-order mark, CRLF line ends, RFC 4180 quoting (including delimiters,
 * doubled quotes and line breaks inside quotes) and gzip-compressed files ({@code .gz}). Rows with
 * only empty cells are skipped. A row with more or fewer cells than the header is a problem ({@code
 * wrong-cell-count}).
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

  private final BufferedReader reader;
  private final String name;
  private final char delimiter;
  private final List<String> header;
  private final Map<String, Integer> index;
  private long nextLine = 1;
  private boolean iterated;

  private CsvReader(BufferedReader reader, String name, char delimiter) {
    this.reader = reader;
    this.name = name;
    this.delimiter = delimiter;
    List<String> cells = readRecord();
    if (cells == null) {
      throw new SourceProblemException(
          SourceLocation.line(name, 1), "empty-file", "the file is empty: no header row");
    }
    if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
      cells.set(0, cells.get(0).substring(1));
    }
    List<String> trimmed = new ArrayList<>(cells.size());
    cells.forEach(c -> trimmed.add(c.trim()));
    this.header = Collections.unmodifiableList(trimmed);
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < trimmed.size(); i++) {
      if (map.putIfAbsent(trimmed.get(i), i) != null) {
        throw new SourceProblemException(
            SourceLocation.line(name, 1).at(trimmed.get(i), null),
            "duplicate-column",
            "the header names column '" + trimmed.get(i) + "' twice");
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
      throw new SourceProblemException(
          SourceLocation.file(displayName),
          "unreadable-file",
          "cannot read the file: " + e.getMessage(),
          e);
    }
  }

  /** Reads from a stream (UTF-8); {@code displayName} names it in problem locations. */
  public static CsvReader of(InputStream in, String displayName, char delimiter) {
    return new CsvReader(
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
        displayName,
        delimiter);
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
      throw new SourceProblemException(
          SourceLocation.line(name, 1),
          "wrong-columns",
          "missing column(s) " + missing + "; the header has " + header);
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
      throw new SourceProblemException(
          SourceLocation.line(name, 1),
          "wrong-columns",
          "unexpected column(s) "
              + unexpected
              + "; expected "
              + required
              + (optional.isEmpty() ? "" : " and optionally " + optional));
    }
    return this;
  }

  int columnIndex(String column) {
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
      long line = nextLine;
      List<String> cells = readRecord();
      if (cells == null) {
        return null;
      }
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (cells.size() != header.size()) {
        throw new SourceProblemException(
            SourceLocation.line(name, line),
            "wrong-cell-count",
            "the row has " + cells.size() + " cells, the header " + header.size());
      }
      return new CsvRow(this, line, cells.toArray(String[]::new));
    }
  }

  /** One record, or null at the end; line breaks inside quotes are part of the value. */
  private List<String> readRecord() {
    try {
      String line = reader.readLine();
      if (line == null) {
        return null;
      }
      long start = nextLine;
      nextLine++;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      while (true) {
        if (i >= line.length()) {
          if (quoted) {
            String more = reader.readLine();
            if (more == null) {
              throw new SourceProblemException(
                  SourceLocation.line(name, start),
                  "unclosed-quote",
                  "a quoted value starting on this line is never closed");
            }
            nextLine++;
            cell.append('\n');
            line = more;
            i = 0;
            continue;
          }
          cells.add(cell.toString());
          return cells;
        }
        char c = line.charAt(i++);
        if (quoted) {
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            cell.append(c);
          }
        } else if (c == '"' && cell.length() == 0) {
          quoted = true;
        } else if (c == delimiter) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " near line " + nextLine, e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + name, e);
    }
  }
}
