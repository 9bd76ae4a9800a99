package org.variatlas.engine.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The atoms around a cell, where secondary suppression looks for its complements first: the cell's
 * own atoms and those of every cell sharing one with it (its parent areas, its period or years, its
 * parts and totals, on every level), except cells that are fixed or cover more than a tenth of the
 * table (national rows and their parts). Complements are found there in nearly every case, and a
 * programme over these atoms is a small fraction of one over the whole table.
 */
final class Neighbourhoods {

  private static final int SHARE = 10;

  private final LinearTable table;
  private final int[][] cellsOfAtom;

  Neighbourhoods(LinearTable table) {
    this.table = table;
    List<List<Integer>> byAtom = new ArrayList<>(table.atomCount());
    for (int a = 0; a < table.atomCount(); a++) {
      byAtom.add(new ArrayList<>());
    }
    for (int i = 0; i < table.size(); i++) {
      for (int a : table.cell(i).atoms()) {
        byAtom.get(a).add(i);
      }
    }
    cellsOfAtom = new int[table.atomCount()][];
    for (int a = 0; a < cellsOfAtom.length; a++) {
      cellsOfAtom[a] = byAtom.get(a).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * The atoms around a cell and the cells that sum any of them.
   *
   * @param free per atom, whether it is around the cell
   * @param cells the cells with an atom around it, ascending
   */
  record Neighbourhood(boolean[] free, int[] cells) {}

  /** The atoms around a cell. */
  Neighbourhood of(int cell) {
    int[] own = table.cell(cell).atoms();
    int limit = Math.max(own.length, table.atomCount() / SHARE);
    boolean[] free = new boolean[table.atomCount()];
    boolean[] seen = new boolean[table.size()];
    for (int a : own) {
      free[a] = true;
    }
    for (int a : own) {
      for (int c : cellsOfAtom[a]) {
        LinearTable.Cell other = table.cell(c);
        if (!seen[c] && !other.fixed() && other.atoms().length <= limit) {
          seen[c] = true;
          for (int b : other.atoms()) {
            free[b] = true;
          }
        }
      }
    }
    boolean[] touched = new boolean[table.size()];
    for (int a = 0; a < free.length; a++) {
      if (free[a]) {
        for (int c : cellsOfAtom[a]) {
          touched[c] = true;
        }
      }
    }
    int[] cells = new int[table.size()];
    int n = 0;
    for (int c = 0; c < touched.length; c++) {
      if (touched[c]) {
        cells[n++] = c;
      }
    }
    return new Neighbourhood(free, Arrays.copyOf(cells, n));
  }
}
