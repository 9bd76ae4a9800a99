package org.variatlas.app.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/**
 * Population rows in columns (no object per row): unit (an index into the load's unit codes), year,
 * sex, age, persons, and where each row came from (file and line), for millions of rows.
 */
final class PopulationRows {

  private static final int AGES = PopulationFilter.MAX_AGE + 1;
  private static final Sex[] SEXES = Sex.values();

  private final List<String> files = new ArrayList<>();
  private int size;
  private int[] unit = new int[1 << 12];
  private int[] kommune = new int[1 << 12];
  private short[] year = new short[1 << 12];
  private byte[] sex = new byte[1 << 12];
  private byte[] age = new byte[1 << 12];
  private int[] persons = new int[1 << 12];
  private byte[] file = new byte[1 << 12];
  private int[] line = new int[1 << 12];
  private boolean[] left = new boolean[0];
  private int leftOut;

  /** The index of a file's name for {@link #add} (a load reads a handful of files). */
  int file(String name) {
    files.add(name);
    return files.size() - 1;
  }

  /**
   * Adds a row.
   *
   * @param unitIndex the unit's index in the load's unit codes (-1 for national rows)
   * @param kommuneIndex the index of the kommune a bydel lies in (-1 for other rows)
   */
  void add(
      int unitIndex, int kommuneIndex, int y, Sex s, int a, int n, int fileIndex, long lineNumber) {
    if (size == unit.length) {
      int capacity = size * 2;
      unit = Arrays.copyOf(unit, capacity);
      kommune = Arrays.copyOf(kommune, capacity);
      year = Arrays.copyOf(year, capacity);
      sex = Arrays.copyOf(sex, capacity);
      age = Arrays.copyOf(age, capacity);
      persons = Arrays.copyOf(persons, capacity);
      file = Arrays.copyOf(file, capacity);
      line = Arrays.copyOf(line, capacity);
    }
    unit[size] = unitIndex;
    kommune[size] = kommuneIndex;
    year[size] = (short) y;
    sex[size] = (byte) s.ordinal();
    age[size] = (byte) a;
    persons[size] = n;
    file[size] = (byte) fileIndex;
    line[size] = (int) lineNumber;
    size++;
  }

  /**
   * Adds a row of another unit with the year, sex, age and provenance of {@code from} (a residual
   * unit's figure computed from its city's).
   */
  void addDerived(int from, int unitIndex, int n) {
    add(unitIndex, -1, year[from], SEXES[sex[from]], age[from], n, file[from], line[from]);
  }

  int size() {
    return size;
  }

  int unit(int row) {
    return unit[row];
  }

  /** The index of the kommune a bydel row lies in, or -1. */
  int kommune(int row) {
    return kommune[row];
  }

  int year(int row) {
    return year[row];
  }

  Sex sex(int row) {
    return SEXES[sex[row]];
  }

  /**
   * Leaves a row out of what is stored ({@link #inKeyOrder}): a split city's own figure, once its
   * residual unit's row is added.
   */
  void leaveOut(int row) {
    if (left.length < size) {
      left = Arrays.copyOf(left, unit.length);
    }
    if (!left[row]) {
      left[row] = true;
      leftOut++;
    }
  }

  /** The rows to store: all but those {@link #leaveOut left out}. */
  int stored() {
    return size - leftOut;
  }

  private boolean isLeftOut(int row) {
    return row < left.length && left[row];
  }

  int sexIndex(int row) {
    return sex[row];
  }

  int age(int row) {
    return age[row];
  }

  int persons(int row) {
    return persons[row];
  }

  /** Where a row came from, with a column and value. */
  SourceLocation where(int row, String column, String value) {
    return new SourceLocation(files.get(file[row]), line[row], column, value);
  }

  /** {@code file:line} of a row. */
  String place(int row) {
    return files.get(file[row]) + ":" + line[row];
  }

  /**
   * The indices of the rows to store in the order of the population table's primary key (unit code,
   * year, sex code, age), by a counting sort over the key's range: PostgreSQL builds the key's
   * index from rows that arrive in its order with one pass of comparisons (its sort returns at once
   * on sorted input) instead of sorting 1.85 M keys. Rows in any other order would only be slower
   * to index.
   *
   * @param unitCodes the codes the rows' unit indices point into
   */
  int[] inKeyOrder(List<String> unitCodes) {
    int[] span = years();
    int[] unitRank = ranks(unitCodes);
    List<String> sexes = Arrays.stream(Sex.values()).map(Sex::code).toList();
    int[] sexRank = ranks(sexes);
    long keys = (long) unitCodes.size() * (span[1] - span[0] + 1) * sexes.size() * AGES;
    int[] order = new int[stored()];
    if (keys > Integer.MAX_VALUE / 4) {
      int n = 0;
      for (int row = 0; row < size; row++) {
        if (!isLeftOut(row)) {
          order[n++] = row;
        }
      }
      return order;
    }
    int[] key = new int[size];
    int[] start = new int[(int) keys + 1];
    for (int row = 0; row < size; row++) {
      if (isLeftOut(row)) {
        key[row] = -1;
        continue;
      }
      int k = unitRank[unit[row]] * (span[1] - span[0] + 1) + year[row] - span[0];
      key[row] = (k * sexes.size() + sexRank[sex[row]]) * AGES + age[row];
      start[key[row] + 1]++;
    }
    Arrays.parallelPrefix(start, Integer::sum);
    for (int row = 0; row < size; row++) {
      if (key[row] >= 0) {
        order[start[key[row]]++] = row;
      }
    }
    return order;
  }

  /** Each text's rank in the texts' natural order, by index. */
  private static int[] ranks(List<String> texts) {
    Integer[] byText = new Integer[texts.size()];
    Arrays.setAll(byText, i -> i);
    Arrays.sort(byText, (a, b) -> texts.get(a).compareTo(texts.get(b)));
    int[] rank = new int[texts.size()];
    for (int r = 0; r < byText.length; r++) {
      rank[byText[r]] = r;
    }
    return rank;
  }

  /** The smallest and largest year, or {0, -1} when empty. */
  int[] years() {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      min = Math.min(min, year[i]);
      max = Math.max(max, year[i]);
    }
    return size == 0 ? new int[] {0, -1} : new int[] {min, max};
  }
}
