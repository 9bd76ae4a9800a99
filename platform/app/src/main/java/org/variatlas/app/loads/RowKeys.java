package org.variatlas.app.loads;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The first row of each count key (measure, base unit, category by dictionary code; year, sex,
 * age): per measure, the rest of the key packed into one {@code long} in an open-addressing table
 * of primitives, key and row side by side (no object per row: a boxed map of 250 000 rows cost more
 * than copying them into the database). A table per measure stays small enough for the processor's
 * caches while a loader writes that measure's rows, and a key and its row share a cache line. Keys
 * whose codes need more than 64 bits together fall back to a map of boxed keys. The tables grow as
 * rows come (a load's sink checks each row as the plugin emits it, before their number is known).
 */
final class RowKeys {

  private static final int YEAR_BITS = 12;
  private static final int SEX_BITS = 1;
  private static final int AGE_BITS = 7;
  private static final long EMPTY = -1L;

  private final int unitBits;
  private final int categoryBits;
  private final boolean packed;
  private final int initial;
  private Table[] tables;
  private final Map<String, Integer> boxed;

  RowKeys(int expected, int measures, int units, int categories) {
    this.unitBits = bits(units);
    this.categoryBits = bits(categories);
    this.packed = unitBits + categoryBits + YEAR_BITS + SEX_BITS + AGE_BITS <= 63;
    this.initial = Math.max(16, expected / Math.max(1, measures));
    this.tables = new Table[Math.max(1, measures)];
    this.boxed = packed ? null : new HashMap<>();
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
    if (measure >= tables.length) {
      tables = Arrays.copyOf(tables, Math.max(measure + 1, tables.length * 2));
    }
    Table table = tables[measure];
    if (table == null) {
      table = new Table(initial);
      tables[measure] = table;
    }
    return table.putIfAbsent(key(unit, category, year, sex, age), row);
  }

  /** The row recorded for the key, or -1. */
  int get(int measure, int unit, int category, int year, int sex, int age) {
    if (!packed) {
      return boxed.getOrDefault(text(measure, unit, category, year, sex, age), -1);
    }
    Table table = measure < tables.length ? tables[measure] : null;
    return table == null ? -1 : table.get(key(unit, category, year, sex, age));
  }

  private long key(int unit, int category, int year, int sex, int age) {
    long k = unit;
    k = (k << categoryBits) | category;
    k = (k << YEAR_BITS) | (year & ((1 << YEAR_BITS) - 1));
    k = (k << SEX_BITS) | sex;
    return (k << AGE_BITS) | age;
  }

  private static String text(int measure, int unit, int category, int year, int sex, int age) {
    return measure + "/" + unit + "/" + category + "/" + year + "/" + sex + "/" + age;
  }

  /** One measure's keys: slot {@code s} holds a key at {@code 2s} and its row at {@code 2s + 1}. */
  private static final class Table {
    private long[] slots;
    private int mask;
    private int used;

    Table(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
      slots = empty(capacity);
      mask = capacity - 1;
    }

    private static long[] empty(int capacity) {
      long[] slots = new long[capacity * 2];
      Arrays.fill(slots, EMPTY);
      return slots;
    }

    int putIfAbsent(long key, int row) {
      int slot = slot(key);
      while (slots[2 * slot] != EMPTY) {
        if (slots[2 * slot] == key) {
          return (int) slots[2 * slot + 1];
        }
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = key;
      slots[2 * slot + 1] = row;
      if (++used > mask / 2) {
        grow();
      }
      return -1;
    }

    int get(long key) {
      for (int slot = slot(key); slots[2 * slot] != EMPTY; slot = (slot + 1) & mask) {
        if (slots[2 * slot] == key) {
          return (int) slots[2 * slot + 1];
        }
      }
      return -1;
    }

    /** Doubles the table (at half full: probes stay short). */
    private void grow() {
      long[] old = slots;
      slots = empty(old.length);
      mask = old.length - 1;
      for (int i = 0; i < old.length; i += 2) {
        if (old[i] != EMPTY) {
          int slot = slot(old[i]);
          while (slots[2 * slot] != EMPTY) {
            slot = (slot + 1) & mask;
          }
          slots[2 * slot] = old[i];
          slots[2 * slot + 1] = old[i + 1];
        }
      }
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }
  }
}
