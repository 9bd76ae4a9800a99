package org.variatlas.sdk.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.SourceLocation;

/**
 * A whole CSV file read into columns for bulk work (a population of millions of rows, an analyst's
 * million strata): each column is dictionary-encoded, a code per row and each distinct text once,
 * so that a loader parses and checks a value once however many rows repeat it, and no object is
 * made per cell. Tokenised by FastCSV, as {@link CsvReader}; the same rules: header row, cells
 * trimmed, rows of empty cells skipped, a row with another cell count than the header is a located
 * problem ({@code wrong-cell-count}), gzip for {@code .gz}, a byte-order mark ignored.
 *
 * <pre>{@code
 * CsvColumns csv = CsvColumns.read(path, "population.csv.gz", ',');
 * int year = csv.column("year");
 * int[] codes = csv.codes(year);
 * double[] years = csv.numbers(year); // NaN where a distinct text is not a number
 * for (int row = 0; row < csv.rows(); row++) { double y = years[codes[row]]; ... }
 * }</pre>
 */
public final class CsvColumns {

  /** Files above this size are tokenised in two halves at once. */
  private static final long PARALLEL_FROM = 4L << 20;

  private final String name;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final int rows;
  private final long[] lines;
  private final int[][] codes;
  private final List<List<String>> values;

  private CsvColumns(String name, CsvColumnsHandler h) {
    this.name = name;
    this.header = Collections.unmodifiableList(Arrays.asList(h.header));
    this.index = h.index;
    this.rows = h.rows;
    this.lines = Arrays.copyOf(h.lines, h.rows);
    this.codes = new int[h.header.length][];
    this.values = new ArrayList<>();
    for (int c = 0; c < h.header.length; c++) {
      codes[c] = Arrays.copyOf(h.codes[c], h.rows);
      values.add(Collections.unmodifiableList(h.dictionaries[c].texts()));
    }
  }

  /**
   * Reads a file (gzip when its name ends in {@code .gz}). A large file without quotes is tokenised
   * in two halves at once, split at a line end, when the machine has two cores; a large gzip file
   * is inflated into memory first for that (its text is about eight times its size).
   */
  public static CsvColumns read(Path file, String displayName, char delimiter) {
    boolean gzip = file.getFileName().toString().endsWith(".gz");
    try {
      if (Runtime.getRuntime().availableProcessors() > 1
          && Files.size(file) > (gzip ? PARALLEL_FROM / 8 : PARALLEL_FROM)) {
        byte[] bytes;
        try (InputStream in = open(file)) {
          bytes = in.readAllBytes();
        }
        int split = bytes.length > PARALLEL_FROM ? split(bytes) : -1;
        if (split > 0) {
          return readHalves(bytes, split, displayName, delimiter);
        }
        return read(new ByteArrayInputStream(bytes), displayName, delimiter);
      }
    } catch (IOException e) {
      throw SourceErrors.unreadable(displayName, e);
    }
    try (InputStream in = open(file)) {
      return read(in, displayName, delimiter);
    } catch (IOException e) {
      throw SourceErrors.unreadable(displayName, e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * Where to split a file's bytes in two halves: just after the line end nearest the middle, or -1
   * when the file has a quote (a quoted value may span lines) or no line end there.
   */
  private static int split(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '"') {
        return -1;
      }
    }
    for (int i = bytes.length / 2; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i + 1 < bytes.length ? i + 1 : -1;
      }
    }
    return -1;
  }

  /** The trimmed cells of the first line (after a byte-order mark). */
  private static String[] headerOf(byte[] bytes, char delimiter) {
    int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb ? 3 : 0;
    int to = from;
    while (to < bytes.length && bytes[to] != '\n') {
      to++;
    }
    String line = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    return de.siegmar.fastcsv.reader.CsvReader.builder()
        .fieldSeparator(delimiter)
        .ofSingleCsvRecord(line)
        .getFields()
        .stream()
        .map(String::strip)
        .toArray(String[]::new);
  }

  private static CsvColumns readHalves(byte[] bytes, int split, String name, char delimiter) {
    long linesBefore = 0;
    for (int i = 0; i < split; i++) {
      linesBefore += bytes[i] == '\n' ? 1 : 0;
    }
    CsvColumnsHandler first = new CsvColumnsHandler(name);
    CsvColumnsHandler second = new CsvColumnsHandler(name);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> firstHalf =
          pool.submit(() -> tokenise(new ByteArrayInputStream(bytes, 0, split), first, delimiter));
      second.lineOffset = linesBefore;
      second.header(headerOf(bytes, delimiter)); // the second half has no header row of its own
      tokenise(new ByteArrayInputStream(bytes, split, bytes.length - split), second, delimiter);
      firstHalf.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
    if (first.header == null) {
      throw new SourceProblemException(
          SourceLocation.line(name, 1), "empty-file", "the file is empty: no header row");
    }
    first.append(second);
    return new CsvColumns(name, first);
  }

  /** Reads a whole stream (UTF-8); {@code displayName} names it in problem locations. */
  public static CsvColumns read(InputStream in, String displayName, char delimiter) {
    CsvColumnsHandler handler = new CsvColumnsHandler(displayName);
    tokenise(in, handler, delimiter);
    if (handler.header == null) {
      throw new SourceProblemException(
          SourceLocation.line(displayName, 1), "empty-file", "the file is empty: no header row");
    }
    return new CsvColumns(displayName, handler);
  }

  private static void tokenise(InputStream in, CsvColumnsHandler handler, char delimiter) {
    String displayName = handler.name;
    try (var csv = CsvReader.dialect(delimiter).build(handler, in, StandardCharsets.UTF_8)) {
      for (var it = csv.iterator(); it.hasNext(); ) {
        it.next();
      }
    } catch (CsvParseException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SourceProblemException p) {
          throw p;
        }
      }
      throw SourceErrors.malformed(displayName, handler.line, e);
    } catch (IOException | UncheckedIOException e) {
      throw SourceErrors.unreadable(displayName, e);
    }
  }

  /** The file's name as used in locations. */
  public String name() {
    return name;
  }

  /** The column names of the header row, trimmed. */
  public List<String> header() {
    return header;
  }

  /** The number of data rows. */
  public int rows() {
    return rows;
  }

  /** The 1-based line a data row starts on (the header is line 1). */
  public long line(int row) {
    return lines[row];
  }

  /** A column's index, or -1 when the header has none of that name. */
  public int column(String column) {
    return index.getOrDefault(column, -1);
  }

  /**
   * Checks that the header has exactly these columns, plus any of {@code optional}.
   *
   * @throws SourceProblemException ({@code wrong-columns}) naming what is missing or unexpected
   */
  public CsvColumns requireExactColumns(List<String> required, List<String> optional) {
    List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw SourceErrors.missingColumns(name, missing, header);
    }
    List<String> unexpected =
        header.stream().filter(c -> !required.contains(c) && !optional.contains(c)).toList();
    if (!unexpected.isEmpty()) {
      throw SourceErrors.unexpectedColumns(name, unexpected, required, optional);
    }
    return this;
  }

  /** Each row's code in the column: an index into {@link #values}. */
  public int[] codes(int column) {
    return codes[column];
  }

  /**
   * The column's distinct texts (trimmed), by code, in order of first appearance (the empty text of
   * a skipped empty row may be among them).
   */
  public List<String> values(int column) {
    return values.get(column);
  }

  /** The text of one cell. */
  public String text(int row, int column) {
    return values.get(column).get(codes[column][row]);
  }

  /**
   * The column's distinct texts as numbers by {@link Numbers}' rule, by code; NaN for a text that
   * is not one (an empty cell included): look up the row's text to report it.
   */
  public double[] numbers(int column) {
    List<String> texts = values.get(column);
    double[] out = new double[texts.size()];
    for (int i = 0; i < out.length; i++) {
      String t = texts.get(i);
      double whole = Numbers.wholeNumber(t, 0, t.length());
      if (!Double.isNaN(whole)) {
        out[i] = whole;
        continue;
      }
      try {
        out[i] = Numbers.parse(t);
      } catch (NumberFormatException e) {
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  /** The location of one cell, with its text. */
  public SourceLocation location(int row, int column) {
    return SourceLocation.line(name, lines[row]).at(header.get(column), text(row, column));
  }
}
