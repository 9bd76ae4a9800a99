package org.variatlas.engine.suppression;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The equations an attacker has: one per distinct published cell (sum of its atoms = its value),
 * after the exact eliminations any attacker makes first. An atom inside a published zero is zero
 * (counts are never negative) and is dropped; published cells that sum the same atoms are one
 * equation. What is left is small enough for a dense simplex.
 *
 * <p>{@link #around} builds the same system with only some atoms free and the others held at their
 * true values: a restriction of the attacker's, for secondary suppression's local search (a table
 * it finds there is one the whole system admits too).
 */
final class PublishedSystem {

  private static final double ZERO = 1e-9;

  /**
   * Published cells summing the same atoms: one equation, suppressed together if at all.
   *
   * @param value its right-hand side (the cells' value less the atoms held at their true values)
   * @param zero whether the cells are published zeros
   */
  record Equation(
      int[] atoms, double value, boolean fixed, double cost, List<Integer> cells, boolean zero) {}

  private final int[] compact; // atom -> variable, -1 when known to be zero
  private final int variables;
  private final List<Equation> equations;

  private PublishedSystem(int[] compact, int variables, List<Equation> equations) {
    this.compact = compact;
    this.variables = variables;
    this.equations = equations;
  }

  /** The system of the cells not suppressed, atoms in published zeros eliminated. */
  static PublishedSystem of(LinearTable table, boolean[] suppressed) {
    return of(table, suppressed, false);
  }

  /**
   * The system of the cells not suppressed.
   *
   * @param keepZeros keep published zeros as equations (with their atoms) instead of eliminating
   *     them, so that secondary suppression can release one
   */
  static PublishedSystem of(LinearTable table, boolean[] suppressed, boolean keepZeros) {
    boolean[] zero = keepZeros ? new boolean[table.atomCount()] : zeros(table, suppressed);
    int[] compact = compact(zero, null);
    int[] all = new int[table.size()];
    Arrays.setAll(all, i -> i);
    return build(table, suppressed, compact, all, null);
  }

  /** The atoms inside a published zero (counts are never negative, so they are zero). */
  static boolean[] zeros(LinearTable table, boolean[] suppressed) {
    boolean[] zero = new boolean[table.atomCount()];
    for (int i = 0; i < table.size(); i++) {
      LinearTable.Cell c = table.cell(i);
      if (!suppressed[i] && c.value() <= ZERO) {
        for (int a : c.atoms()) {
          zero[a] = true;
        }
      }
    }
    return zero;
  }

  /**
   * The system of the cells not suppressed in which only the {@code free} atoms are unknowns, the
   * others held at their true values (the table must have them).
   *
   * @param zero the atoms inside published zeros ({@link #zeros}), eliminated
   * @param cells every cell with a free atom (the others are satisfied by the true values)
   */
  static PublishedSystem around(
      LinearTable table, boolean[] suppressed, boolean[] zero, boolean[] free, int[] cells) {
    return build(table, suppressed, compact(zero, free), cells, free);
  }

  private static int[] compact(boolean[] zero, boolean[] free) {
    int[] compact = new int[zero.length];
    int variables = 0;
    for (int a = 0; a < zero.length; a++) {
      compact[a] = zero[a] || (free != null && !free[a]) ? -1 : variables++;
    }
    return compact;
  }

  private static PublishedSystem build(
      LinearTable table, boolean[] suppressed, int[] compact, int[] cells, boolean[] free) {
    // IntBuffer compares and hashes by content: published cells over the same unknowns meet here.
    Map<IntBuffer, Integer> byAtoms = new HashMap<>();
    List<int[]> atoms = new ArrayList<>();
    List<double[]> figures = new ArrayList<>(); // right-hand side, fixed, cost, published value
    List<List<Integer>> members = new ArrayList<>();
    for (int i : cells) {
      LinearTable.Cell c = table.cell(i);
      if (suppressed[i]) {
        continue;
      }
      int[] vars = map(compact, c.atoms());
      if (vars.length == 0) {
        continue;
      }
      Integer e = byAtoms.putIfAbsent(IntBuffer.wrap(vars), atoms.size());
      if (e == null) {
        atoms.add(vars);
        double held = free == null ? 0 : held(table, c, free);
        figures.add(new double[] {c.value() - held, c.fixed() ? 1 : 0, c.cost(), c.value()});
        members.add(new ArrayList<>(List.of(i)));
      } else {
        double[] f = figures.get(e);
        f[1] = Math.max(f[1], c.fixed() ? 1 : 0);
        f[2] += c.cost();
        members.get(e).add(i);
      }
    }
    List<Equation> equations = new ArrayList<>(atoms.size());
    for (int e = 0; e < atoms.size(); e++) {
      double[] f = figures.get(e);
      equations.add(
          new Equation(
              atoms.get(e), f[0], f[1] > 0, f[2], List.copyOf(members.get(e)), f[3] <= ZERO));
    }
    int variables = 0;
    for (int v : compact) {
      variables += v >= 0 ? 1 : 0;
    }
    return new PublishedSystem(compact, variables, equations);
  }

  /** The part of a cell held at its atoms' true values (atoms known to be zero hold nothing). */
  private static double held(LinearTable table, LinearTable.Cell c, boolean[] free) {
    double held = 0;
    for (int a : c.atoms()) {
      if (!free[a]) {
        held += table.atomValue(a);
      }
    }
    return held;
  }

  int variables() {
    return variables;
  }

  List<Equation> equations() {
    return equations;
  }

  /** The variable of an atom; -1 when it is known to be zero or held at its true value. */
  int variableOf(int atom) {
    return compact[atom];
  }

  /** The variables of a cell's atoms (atoms known to be zero left out). */
  int[] variablesOf(LinearTable.Cell cell) {
    return map(compact, cell.atoms());
  }

  private static int[] map(int[] compact, int[] atoms) {
    int[] out = new int[atoms.length];
    int n = 0;
    for (int a : atoms) {
      if (compact[a] >= 0) {
        out[n++] = compact[a];
      }
    }
    return Arrays.copyOf(out, n);
  }
}
