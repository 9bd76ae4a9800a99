package org.variatlas.app.loads;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/**
 * The counts a topic load run accepted, held in columns (texts by dictionary code; no object per
 * row) with each row's source location. Each row is checked for a duplicate key as it comes ({@link
 * RowKeys}; reported by {@link #duplicates}) and handed to the run's {@link CountStream}, which
 * COPYs it while the plugin goes on; a problem SQL finds in the copied rows is located through the
 * row's key ({@link #rowOf}). Rows that came interleaved by measure are COPYed again in measure
 * order ({@link #copy}).
 */
final class StagedCounts {

  private static final byte[][] SEX_BYTES = sexBytes();

  private final Dictionary measures = new Dictionary();
  private final Dictionary units = new Dictionary();
  private final Dictionary categories = new Dictionary();
  private final Dictionary files = new Dictionary();
  private final RowKeys keys;
  private final CountStream<?> stream;
  private int size;
  private int[] measure = new int[1 << 12];
  private int[] unit = new int[1 << 12];
  private int[] category = new int[1 << 12];
  private short[] year = new short[1 << 12];
  private byte[] sex = new byte[1 << 12];
  private byte[] age = new byte[1 << 12];
  private long[] count = new long[1 << 12];
  private int[] file = new int[1 << 12];
  private long[] line = new long[1 << 12];
  // Pairs (row, earlier row with its key), in row order.
  private int[] duplicates = new int[16];
  private int duplicateCount;
  private int lastMeasure = -1;
  private long measureChanges;
  // Measures whose rows are counted but not staged (a loader of a higher rank delivered them).
  private Map<String, String> leftOut = Map.of();
  private final Map<String, long[]> leftOutRows = new TreeMap<>();

  /**
   * @param measures how many measures the rows may have (the topic's)
   * @param units how many base units (the pack's)
   * @param categories how many distinct categories, the empty one included
   * @param stream where each row goes as it is added
   */
  StagedCounts(int measures, int units, int categories, CountStream<?> stream) {
    this.keys = new RowKeys(1 << 16, measures, units, categories);
    this.stream = stream;
  }

  /**
   * Leaves these measures' rows out from now on: they are counted ({@link #leftOut()}), not staged.
   *
   * @param measures each measure with the loader of a higher rank that delivered it
   */
  void leaveOut(Map<String, String> measures) {
    leftOut = Map.copyOf(measures);
  }

  /** Rows of a measure left out, and the loader of a higher rank that delivered the measure. */
  record LeftOut(String loader, long rows) {}

  /** The measures whose rows were left out, in measure order. */
  Map<String, LeftOut> leftOut() {
    Map<String, LeftOut> out = new TreeMap<>();
    leftOutRows.forEach((m, n) -> out.put(m, new LeftOut(leftOut.get(m), n[0])));
    return out;
  }

  /** Adds a checked row (category "" when the measure has none). */
  void add(
      String measureId,
      String baseUnit,
      int y,
      Sex s,
      int a,
      String categoryId,
      long n,
      SourceLocation where) {
    if (!leftOut.isEmpty() && leftOut.containsKey(measureId)) {
      leftOutRows.computeIfAbsent(measureId, m -> new long[1])[0]++;
      return;
    }
    if (size == measure.length) {
      grow();
    }
    measure[size] = measures.code(measureId);
    unit[size] = units.code(baseUnit);
    category[size] = categories.code(categoryId);
    year[size] = (short) y;
    sex[size] = (byte) s.ordinal();
    age[size] = (byte) a;
    count[size] = n;
    file[size] = files.code(where.file());
    line[size] = where.line();
    int earlier =
        keys.putIfAbsent(
            measure[size], unit[size], category[size], year[size], sex[size], age[size], size);
    if (earlier >= 0) {
      duplicate(size, earlier);
    }
    if (measure[size] != lastMeasure) {
      lastMeasure = measure[size];
      measureChanges++;
    }
    stream.row(
        measures.utf8(measure[size]),
        units.utf8(unit[size]),
        y,
        SEX_BYTES[sex[size]],
        a,
        categories.utf8(category[size]),
        n);
    size++;
  }

  private void duplicate(int row, int earlier) {
    if (duplicateCount * 2 == duplicates.length) {
      duplicates = Arrays.copyOf(duplicates, duplicates.length * 2);
    }
    duplicates[duplicateCount * 2] = row;
    duplicates[duplicateCount * 2 + 1] = earlier;
    duplicateCount++;
  }

  private void grow() {
    int capacity = size * 2;
    measure = Arrays.copyOf(measure, capacity);
    unit = Arrays.copyOf(unit, capacity);
    category = Arrays.copyOf(category, capacity);
    year = Arrays.copyOf(year, capacity);
    sex = Arrays.copyOf(sex, capacity);
    age = Arrays.copyOf(age, capacity);
    count = Arrays.copyOf(count, capacity);
    file = Arrays.copyOf(file, capacity);
    line = Arrays.copyOf(line, capacity);
  }

  int size() {
    return size;
  }

  /** The measures of the staged rows. */
  List<String> measures() {
    return measures.texts();
  }

  /**
   * Reports every row whose key (measure, base unit, year, sex, age, category) an earlier row has,
   * naming that row.
   *
   * @return the rows reported
   */
  int duplicates(LoadRun run) {
    for (int d = 0; d < duplicateCount; d++) {
      int i = duplicates[d * 2];
      String k = keyText(i);
      run.problem(
          where(i, "count", k),
          "duplicate-key",
          "the key (" + k + ") already appears at " + place(duplicates[d * 2 + 1]));
    }
    return duplicateCount;
  }

  /**
   * Whether the rows came grouped by measure (as the bundled loaders write them), so that the
   * streamed table's BRIN index on the measure finds a measure in a few pages without a sort.
   */
  boolean groupedByMeasure() {
    return measureChanges <= Math.max(2L * measures.size(), size / 4096);
  }

  /** The first row with this key (texts as stored), or -1. */
  int rowOf(String measureId, String baseUnit, int y, String s, int a, String categoryId) {
    int m = measures.find(measureId);
    int u = units.find(baseUnit);
    int c = categories.find(categoryId);
    if (m < 0 || u < 0 || c < 0) {
      return -1;
    }
    return keys.get(m, u, c, y, Sex.parse(s).ordinal(), a);
  }

  /** The key of a row as problems name it. */
  String keyText(int i) {
    String c = categories.text(category[i]);
    return measures.text(measure[i])
        + ", "
        + units.text(unit[i])
        + ", "
        + year[i]
        + ", "
        + Sex.values()[sex[i]].code()
        + ", age "
        + age[i]
        + (c.isEmpty() ? "" : ", " + c);
  }

  /** Where a row came from, with a column and value. */
  SourceLocation where(int i, String column, String value) {
    return new SourceLocation(files.text(file[i]), line[i], column, value);
  }

  private String place(int i) {
    return files.text(file[i]) + ":" + line[i];
  }

  /**
   * COPYs the rows into {@code table}'s measure, base unit, year, sex, age, category and count
   * columns, in measure order (the measures' texts sorted; rows of a measure in the order they
   * came): for rows that did not come grouped by measure.
   */
  void copy(Connection connection, String table, List<String> columns) {
    BinaryCopy copy = BinaryCopy.open(connection, table, columns);
    try {
      for (int i : measureOrder()) {
        copy.row(7)
            .text(measures.utf8(measure[i]))
            .text(units.utf8(unit[i]))
            .int4(year[i])
            .text(SEX_BYTES[sex[i]])
            .int4(age[i])
            .text(categories.utf8(category[i]))
            .int8(count[i]);
      }
      copy.close();
    } finally {
      copy.cancel();
    }
  }

  private static byte[][] sexBytes() {
    byte[][] bytes = new byte[Sex.values().length][];
    for (Sex s : Sex.values()) {
      bytes[s.ordinal()] = s.code().getBytes(StandardCharsets.UTF_8);
    }
    return bytes;
  }

  /** The rows' indexes ordered by measure text (a counting sort: stable, one pass). */
  private int[] measureOrder() {
    List<String> texts = measures.texts();
    Integer[] byText = new Integer[texts.size()];
    for (int c = 0; c < byText.length; c++) {
      byText[c] = c;
    }
    Arrays.sort(byText, (a, b) -> texts.get(a).compareTo(texts.get(b)));
    int[] start = new int[byText.length + 1];
    int[] rank = new int[byText.length];
    for (int r = 0; r < byText.length; r++) {
      rank[byText[r]] = r;
    }
    for (int i = 0; i < size; i++) {
      start[rank[measure[i]] + 1]++;
    }
    for (int r = 0; r < byText.length; r++) {
      start[r + 1] += start[r];
    }
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[start[rank[measure[i]]]++] = i;
    }
    return order;
  }

  /** The distinct texts of a column, by code. */
  private static final class Dictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private final List<byte[]> utf8 = new ArrayList<>();
    // The last text coded: loaders pass the same string for row after row of a measure or file.
    private String last;
    private int lastCode;

    int code(String text) {
      if (text == last) {
        return lastCode;
      }
      last = text;
      lastCode = codeOf(text);
      return lastCode;
    }

    private int codeOf(String text) {
      Integer c = codes.get(text);
      if (c == null) {
        c = texts.size();
        codes.put(text, c);
        texts.add(text);
        utf8.add(text.getBytes(StandardCharsets.UTF_8));
      }
      return c;
    }

    byte[] utf8(int code) {
      return utf8.get(code);
    }

    int size() {
      return texts.size();
    }

    int find(String text) {
      return codes.getOrDefault(text, -1);
    }

    String text(int code) {
      return texts.get(code);
    }

    List<String> texts() {
      return List.copyOf(texts);
    }
  }
}
