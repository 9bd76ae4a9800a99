package org.variatlas.app.loads;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The first row of each count key (measure, base unit, category by dictionary code; year, sex,
 * age), packed into one {@code long} in an open-addressing table of primitives: no object per row
 * (a boxed map of 250 000 rows cost more than copying them into the database). Keys whose codes
 * need more than 64 bits together fall back to a map of boxed keys. The table grows as rows come (a
 * load's sink checks each row as the plugin emits it, before their number is known).
 */
final class RowKeys {

  private static final int YEAR_BITS = 12;
  private static final int SEX_BITS = 1;
  private static final int AGE_BITS = 7;

  private final int unitBits;
  private final int categoryBits;
  private final boolean packed;
  private long[] keys;
  private int[] rows;
  private int mask;
  private int used;
  private final Map<String, Integer> boxed;

  RowKeys(int expected, int measures, int units, int categories) {
    this.unitBits = bits(units);
    this.categoryBits = bits(categories);
    this.packed = bits(measures) + unitBits + categoryBits + YEAR_BITS + SEX_BITS + AGE_BITS <= 63;
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    this.keys = packed ? new long[capacity] : new long[0];
    this.rows = packed ? new int[capacity] : new int[0];
    this.mask = capacity - 1;
    this.boxed = packed ? null : new HashMap<>();
    Arrays.fill(rows, -1);
  }

  private static int bits(int distinct) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(distinct));
  }

  /** Records row {@code row} for its key unless an earlier row has it: returns that row or -1. */
  int putIfAbsent(int measure, int unit, int category, int year, int sex, int age, int row) {
    if (!packed) {
      Integer earlier = boxed.putIfAbsent(text(measure, unit, category, year, sex, age), row);
      return earlier == null ? -1 : earlier;
    }
    long key = key(measure, unit, category, year, sex, age);
    int slot = slot(key);
    while (rows[slot] >= 0) {
      if (keys[slot] == key) {
        return rows[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    rows[slot] = row;
    if (++used > keys.length / 2) {
      grow();
    }
    return -1;
  }

  /** Doubles the table (at half full: probes stay short). */
  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldRows.length * 2];
    mask = keys.length - 1;
    Arrays.fill(rows, -1);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldRows[i] >= 0) {
        int slot = slot(oldKeys[i]);
        while (rows[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        rows[slot] = oldRows[i];
      }
    }
  }

  /** The row recorded for the key, or -1. */
  int get(int measure, int unit, int category, int year, int sex, int age) {
    if (!packed) {
      return boxed.getOrDefault(text(measure, unit, category, year, sex, age), -1);
    }
    long key = key(measure, unit, category, year, sex, age);
    for (int slot = slot(key); rows[slot] >= 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return rows[slot];
      }
    }
    return -1;
  }

  private long key(int measure, int unit, int category, int year, int sex, int age) {
    long k = measure;
    k = (k << unitBits) | unit;
    k = (k << categoryBits) | category;
    k = (k << YEAR_BITS) | (year & ((1 << YEAR_BITS) - 1));
    k = (k << SEX_BITS) | sex;
    return (k << AGE_BITS) | age;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static String text(int measure, int unit, int category, int year, int sex, int age) {
    return measure + "/" + unit + "/" + category + "/" + year + "/" + sex + "/" + age;
  }
}
