package org.variatlas.api.io;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
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

  private CsvColumns(String name, Handler h) {
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
   * Reads a file (gzip when its name ends in {@code .gz}). A large plain file without quotes is
   * tokenised in two halves at once, split at a line end, when the machine has two cores.
   */
  public static CsvColumns read(Path file, String displayName, char delimiter) {
    try {
      if (!file.getFileName().toString().endsWith(".gz")
          && Files.size(file) > PARALLEL_FROM
          && Runtime.getRuntime().availableProcessors() > 1) {
        byte[] bytes = Files.readAllBytes(file);
        int split = split(bytes);
        if (split > 0) {
          return readHalves(bytes, split, displayName, delimiter);
        }
        return read(new ByteArrayInputStream(bytes), displayName, delimiter);
      }
    } catch (IOException e) {
      throw new SourceProblemException(
          SourceLocation.file(displayName),
          "unreadable-file",
          "cannot read the file: " + e.getMessage(),
          e);
    }
    try (InputStream in = open(file)) {
      return read(in, displayName, delimiter);
    } catch (IOException e) {
      throw new SourceProblemException(
          SourceLocation.file(displayName),
          "unreadable-file",
          "cannot read the file: " + e.getMessage(),
          e);
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
    Handler first = new Handler(name);
    Handler second = new Handler(name);
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
    Handler handler = new Handler(displayName);
    tokenise(in, handler, delimiter);
    if (handler.header == null) {
      throw new SourceProblemException(
          SourceLocation.line(displayName, 1), "empty-file", "the file is empty: no header row");
    }
    return new CsvColumns(displayName, handler);
  }

  private static void tokenise(InputStream in, Handler handler, char delimiter) {
    String displayName = handler.name;
    try (var csv =
        de.siegmar.fastcsv.reader.CsvReader.builder()
            .fieldSeparator(delimiter)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .detectBomHeader(true)
            .build(handler, in, StandardCharsets.UTF_8)) {
      for (var it = csv.iterator(); it.hasNext(); ) {
        it.next();
      }
    } catch (CsvParseException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SourceProblemException p) {
          throw p;
        }
      }
      String detail = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw new SourceProblemException(
          SourceLocation.line(displayName, handler.line),
          "malformed-csv",
          "the file is not valid CSV: " + detail,
          e);
    } catch (IOException | UncheckedIOException e) {
      throw new SourceProblemException(
          SourceLocation.file(displayName),
          "unreadable-file",
          "cannot read the file: " + e.getMessage(),
          e);
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
      throw new SourceProblemException(
          SourceLocation.line(name, 1),
          "wrong-columns",
          "missing column(s) " + missing + "; the header has " + header);
    }
    List<String> unexpected =
        header.stream().filter(c -> !required.contains(c) && !optional.contains(c)).toList();
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

  /** Collects the records FastCSV tokenises straight into dictionary codes. */
  private static final class Handler extends CsvCallbackHandler<Boolean> {
    private final String name;
    private String[] header;
    private Map<String, Integer> index;
    private Dictionary[] dictionaries;
    private int[][] codes;
    private long[] lines = new long[1 << 12];
    private int rows;
    private long line;
    private long lineOffset;
    private int fields;
    private boolean empty;
    private final List<String> headerCells = new ArrayList<>();
    private int[] row = new int[16];

    Handler(String name) {
      this.name = name;
    }

    @Override
    protected RecordType getRecordType() {
      return empty ? RecordType.EMPTY : RecordType.DATA;
    }

    @Override
    protected int getFieldCount() {
      return fields;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
      line = startingLineNumber + lineOffset;
      fields = 0;
      empty = false;
    }

    @Override
    protected void addField(char[] buf, int offset, int length, boolean quoted) {
      int from = offset;
      int to = offset + length;
      while (from < to && buf[from] <= ' ') {
        from++;
      }
      while (to > from && buf[to - 1] <= ' ') {
        to--;
      }
      if (header == null) {
        String cell = new String(buf, from, to - from);
        headerCells.add(
            headerCells.isEmpty() && cell.startsWith("\uFEFF") ? cell.substring(1) : cell);
      } else if (fields < dictionaries.length) {
        row[fields] = dictionaries[fields].code(buf, from, to - from);
      }
      fields++;
    }

    @Override
    protected void setComment(char[] buf, int offset, int length) {
      // comments are off: never called
    }

    @Override
    protected void setEmpty() {
      empty = true;
    }

    @Override
    protected Boolean buildRecord() {
      if (empty) {
        return Boolean.FALSE;
      }
      if (header == null) {
        header(headerCells.toArray(String[]::new));
        return Boolean.TRUE;
      }
      boolean allEmpty = true;
      for (int c = 0; c < Math.min(fields, dictionaries.length); c++) {
        allEmpty &= dictionaries[c].isEmpty(row[c]);
      }
      if (allEmpty) {
        return Boolean.FALSE;
      }
      if (fields != header.length) {
        throw new CsvParseException(
            "wrong cell count",
            new SourceProblemException(
                SourceLocation.line(name, line),
                "wrong-cell-count",
                "the row has " + fields + " cells, the header " + header.length));
      }
      if (rows == lines.length) {
        lines = Arrays.copyOf(lines, rows * 2);
        for (int c = 0; c < codes.length; c++) {
          codes[c] = Arrays.copyOf(codes[c], rows * 2);
        }
      }
      lines[rows] = line;
      for (int c = 0; c < codes.length; c++) {
        codes[c][rows] = row[c];
      }
      rows++;
      return Boolean.TRUE;
    }

    /** Appends the rows another handler read with the same header (codes mapped to this one's). */
    void append(Handler other) {
      int[][] remap = new int[codes.length][];
      for (int c = 0; c < codes.length; c++) {
        Dictionary theirs = other.dictionaries[c];
        remap[c] = new int[theirs.size()];
        for (int code = 0; code < remap[c].length; code++) {
          char[] text = theirs.chars(code);
          remap[c][code] = dictionaries[c].code(text, 0, text.length);
        }
      }
      int total = rows + other.rows;
      lines = Arrays.copyOf(lines, Math.max(total, 1));
      System.arraycopy(other.lines, 0, lines, rows, other.rows);
      for (int c = 0; c < codes.length; c++) {
        codes[c] = Arrays.copyOf(codes[c], Math.max(total, 1));
        for (int r = 0; r < other.rows; r++) {
          codes[c][rows + r] = remap[c][other.codes[c][r]];
        }
      }
      rows = total;
    }

    private void header(String[] cells) {
      header = cells;
      index = new HashMap<>();
      for (int i = 0; i < cells.length; i++) {
        if (index.putIfAbsent(cells[i], i) != null) {
          throw new CsvParseException(
              "duplicate column",
              new SourceProblemException(
                  SourceLocation.line(name, 1).at(cells[i], null),
                  "duplicate-column",
                  "the header names column '" + cells[i] + "' twice"));
        }
      }
      dictionaries = new Dictionary[cells.length];
      codes = new int[cells.length][lines.length];
      for (int c = 0; c < cells.length; c++) {
        dictionaries[c] = new Dictionary();
      }
      row = new int[Math.max(cells.length, 1)];
    }
  }

  /** The distinct texts of one column: an open-addressing hash table over their characters. */
  private static final class Dictionary {
    private final List<String> texts = new ArrayList<>();
    private final List<char[]> chars = new ArrayList<>();
    private int[] slots = new int[1 << 10]; // code + 1, 0 = free
    private int emptyCode = -1;

    List<String> texts() {
      return texts;
    }

    int size() {
      return texts.size();
    }

    char[] chars(int code) {
      return chars.get(code);
    }

    boolean isEmpty(int code) {
      return code == emptyCode;
    }

    int code(char[] buf, int offset, int length) {
      int hash = 0;
      for (int i = offset; i < offset + length; i++) {
        hash = 31 * hash + buf[i];
      }
      int mask = slots.length - 1;
      int slot = mix(hash) & mask;
      while (true) {
        int entry = slots[slot];
        if (entry == 0) {
          return add(buf, offset, length, slot);
        }
        char[] known = chars.get(entry - 1);
        if (known.length == length
            && Arrays.equals(known, 0, length, buf, offset, offset + length)) {
          return entry - 1;
        }
        slot = (slot + 1) & mask;
      }
    }

    private int add(char[] buf, int offset, int length, int slot) {
      int code = texts.size();
      char[] copy = Arrays.copyOfRange(buf, offset, offset + length);
      chars.add(copy);
      texts.add(new String(copy));
      slots[slot] = code + 1;
      if (length == 0) {
        emptyCode = code;
      }
      if (texts.size() * 2 > slots.length) {
        rehash();
      }
      return code;
    }

    private void rehash() {
      slots = new int[slots.length * 2];
      int mask = slots.length - 1;
      for (int code = 0; code < chars.size(); code++) {
        char[] c = chars.get(code);
        int hash = 0;
        for (char ch : c) {
          hash = 31 * hash + ch;
        }
        int slot = mix(hash) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = code + 1;
      }
    }

    private static int mix(int h) {
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      return h;
    }
  }
}
