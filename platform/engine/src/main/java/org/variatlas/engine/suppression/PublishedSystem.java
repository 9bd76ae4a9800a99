package org.variatlas.engine.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equations an attacker has: one per distinct published cell (sum of its atoms = its value),
 * after the exact eliminations any attacker makes first. An atom inside a published zero is zero
 * (counts are never negative) and is dropped; published cells that sum the same atoms are one
 * equation. What is left is small enough for a dense simplex.
 */
final class PublishedSystem {

  /** Published cells summing the same atoms: one equation, suppressed together if at all. */
  record Equation(int[] atoms, double value, boolean fixed, double cost, List<Integer> cells) {}

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
    boolean[] zero = new boolean[table.atomCount()];
    for (int i = 0; i < table.size(); i++) {
      LinearTable.Cell c = table.cell(i);
      if (!keepZeros && !suppressed[i] && c.value() <= 1e-9) {
        for (int a : c.atoms()) {
          zero[a] = true;
        }
      }
    }
    int[] compact = new int[zero.length];
    int variables = 0;
    for (int a = 0; a < zero.length; a++) {
      compact[a] = zero[a] ? -1 : variables++;
    }
    Map<String, Integer> byAtoms = new LinkedHashMap<>();
    List<int[]> atoms = new ArrayList<>();
    List<double[]> figures = new ArrayList<>(); // value, fixed, cost
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      LinearTable.Cell c = table.cell(i);
      if (suppressed[i]) {
        continue;
      }
      int[] vars = map(compact, c.atoms());
      if (vars.length == 0) {
        continue;
      }
      Integer e = byAtoms.putIfAbsent(Arrays.toString(vars), atoms.size());
      if (e == null) {
        atoms.add(vars);
        figures.add(new double[] {c.value(), c.fixed() ? 1 : 0, c.cost()});
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
      equations.add(new Equation(atoms.get(e), f[0], f[1] > 0, f[2], List.copyOf(members.get(e))));
    }
    return new PublishedSystem(compact, variables, equations);
  }

  int variables() {
    return variables;
  }

  List<Equation> equations() {
    return equations;
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
