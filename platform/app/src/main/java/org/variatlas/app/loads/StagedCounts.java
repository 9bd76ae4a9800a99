package org.variatlas.app.loads;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/**
 * The counts a topic load run accepted, held in columns (texts by dictionary code; no object per
 * row) with each row's source location: checked for duplicate keys in memory, then streamed with
 * binary COPY into the run's staging table, whose rows carry only their index here (a problem found
 * by SQL is located through it).
 */
final class StagedCounts {

  private final Dictionary measures = new Dictionary();
  private final Dictionary units = new Dictionary();
  private final Dictionary categories = new Dictionary();
  private final Dictionary files = new Dictionary();
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
    size++;
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

  /** How many staged rows a measure has. */
  long rows(String measureId) {
    int code = measures.find(measureId);
    long n = 0;
    for (int i = 0; i < size; i++) {
      n += measure[i] == code ? 1 : 0;
    }
    return n;
  }

  /**
   * Reports every row whose key (measure, base unit, year, sex, age, category) an earlier row has,
   * naming that row, except rows of {@code leftOut} measures.
   *
   * @return the rows reported
   */
  int duplicates(LoadRun run, Set<String> leftOut) {
    Map<Long, Integer> first = new HashMap<>(size * 2);
    int duplicates = 0;
    for (int i = 0; i < size; i++) {
      if (leftOut.contains(measures.text(measure[i]))) {
        continue;
      }
      Integer earlier = first.putIfAbsent(key(i), i);
      if (earlier != null) {
        duplicates++;
        String k = keyText(i);
        run.problem(
            where(i, "count", k),
            "duplicate-key",
            "the key (" + k + ") already appears at " + place(earlier));
      }
    }
    return duplicates;
  }

  private long key(int i) {
    // 20 bits each for measure, unit and category codes: far more than a topic has.
    long k = measure[i];
    k = (k << 20) | unit[i];
    k = (k << 20) | category[i];
    k = (k << 12) | (year[i] & 0xfff);
    k = (k << 1) | sex[i];
    return (k << 7) | age[i];
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

  /** Streams the rows (except those of {@code leftOut} measures) into the staging table. */
  void copy(Connection connection, String table, Set<String> leftOut) {
    byte[][] measureBytes = measures.bytes();
    byte[][] unitBytes = units.bytes();
    byte[][] categoryBytes = categories.bytes();
    byte[][] sexBytes = new byte[Sex.values().length][];
    for (Sex s : Sex.values()) {
      sexBytes[s.ordinal()] = s.code().getBytes(StandardCharsets.UTF_8);
    }
    BinaryCopy copy =
        BinaryCopy.open(
            connection,
            table,
            List.of("measure_id", "base_unit", "year", "sex", "age", "category", "count", "row"));
    try {
      for (int i = 0; i < size; i++) {
        if (leftOut.contains(measures.text(measure[i]))) {
          continue;
        }
        copy.row(8)
            .text(measureBytes[measure[i]])
            .text(unitBytes[unit[i]])
            .int4(year[i])
            .text(sexBytes[sex[i]])
            .int4(age[i])
            .text(categoryBytes[category[i]])
            .int8(count[i])
            .int4(i);
      }
      copy.close();
    } finally {
      copy.cancel();
    }
  }

  /** The distinct texts of a column, by code. */
  private static final class Dictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    int code(String text) {
      Integer c = codes.get(text);
      if (c == null) {
        c = texts.size();
        codes.put(text, c);
        texts.add(text);
      }
      return c;
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

    byte[][] bytes() {
      byte[][] out = new byte[texts.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = texts.get(i).getBytes(StandardCharsets.UTF_8);
      }
      return out;
    }
  }
}
