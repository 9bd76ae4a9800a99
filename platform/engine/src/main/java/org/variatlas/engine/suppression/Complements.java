package org.variatlas.engine.suppression;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The linear programmes of secondary suppression: the cheapest published cells to release so that a
 * suppressed cell can move by its protection width in a table that agrees with everything else
 * still published (see {@link SecondarySuppression}).
 */
final class Complements {

  private static final double TOLERANCE = 1e-6;

  private Complements() {}

  /**
   * What one system offers to protect a cell: the complement (null system when the cell is a known
   * zero), and the programmes solved.
   */
  record Search(PublishedSystem system, Complement complement, int programmes) {}

  /** Up or down alone, else both ways, without releasing published zeros. */
  static Search search(PublishedSystem system, LinearTable.Cell cell) {
    int[] variables = system.variablesOf(cell);
    if (variables.length == 0) {
      return new Search(null, new Complement(null, 0, 0), 0);
    }
    Complement best = oneSided(system, variables, cell);
    int programmes = best.programmes();
    if (!best.found()) {
      // Up or down alone cannot do it: a table above and one below the cell together may
      // (e.g. its only complement is as small as the cell itself).
      best = bothWays(system, variables, cell.width(), false);
      programmes++;
    }
    return new Search(system, best, programmes);
  }

  /**
   * The published equations to release (null when none will do), what releasing them costs, and the
   * programmes solved to find them.
   */
  record Complement(Set<Integer> equations, double cost, int programmes, List<double[]> tables) {
    Complement(Set<Integer> equations, double cost, int programmes) {
      this(equations, cost, programmes, List.of());
    }

    boolean found() {
      return equations != null;
    }
  }

  /** The cheaper of moving the cell up by its width or down by it, as far as either works. */
  private static Complement oneSided(PublishedSystem system, int[] variables, LinearTable.Cell c) {
    Complement up = complement(system, variables, c.value() + c.width(), true);
    if ((up != null && up.cost() <= TOLERANCE) || c.value() < c.width()) {
      return up != null ? up : new Complement(null, 0, 1);
    }
    Complement down = complement(system, variables, c.value() - c.width(), false);
    Complement best = down != null && (up == null || down.cost() < up.cost()) ? down : up;
    return best != null
        ? new Complement(best.equations(), best.cost(), 2, best.tables())
        : new Complement(null, 0, 2);
  }

  /**
   * The cheapest set of published equations whose release admits two tables, both agreeing with
   * everything still published, in which the cell differs by at least {@code width}: then the
   * attacker's interval is at least that wide. One programme over two copies of the unknowns.
   *
   * @param zerosMovable whether published zeros may be released too
   */
  static Complement bothWays(
      PublishedSystem system, int[] target, double width, boolean zerosMovable) {
    List<PublishedSystem.Equation> equations = system.equations();
    int n = system.variables();
    int[] deviation = new int[equations.size()]; // up+, up-, down+, down-; -1 when fixed
    int columns = 2 * n;
    for (int e = 0; e < equations.size(); e++) {
      PublishedSystem.Equation eq = equations.get(e);
      boolean movable = !eq.fixed() && (zerosMovable || !eq.zero());
      deviation[e] = movable ? columns : -1;
      columns += movable ? 4 : 0;
    }
    double[] objective = new double[columns];
    LinearProgram lp = new LinearProgram(columns);
    for (int e = 0; e < equations.size(); e++) {
      PublishedSystem.Equation eq = equations.get(e);
      for (int copy = 0; copy < 2; copy++) {
        equation(lp, objective, eq, copy * n, deviation[e] < 0 ? -1 : deviation[e] + 2 * copy);
      }
    }
    int[] vars = new int[2 * target.length];
    double[] coefficients = new double[vars.length];
    for (int t = 0; t < target.length; t++) {
      vars[t] = target[t];
      coefficients[t] = 1;
      vars[target.length + t] = target[t] + n;
      coefficients[target.length + t] = -1;
    }
    lp.row(vars, coefficients, LinearProgram.Relation.GEQ, width);
    LinearProgram.Solution solution = lp.solve(objective, false);
    if (solution.outcome() != LinearProgram.Outcome.OPTIMAL) {
      return new Complement(null, 0, 1);
    }
    Set<Integer> released = new LinkedHashSet<>();
    double[] x = solution.point();
    for (int e = 0; e < equations.size(); e++) {
      int d = deviation[e];
      if (d >= 0 && x[d] + x[d + 1] + x[d + 2] + x[d + 3] > TOLERANCE) {
        released.add(e);
      }
    }
    return new Complement(
        released,
        solution.value(),
        1,
        List.of(Arrays.copyOfRange(x, 0, n), Arrays.copyOfRange(x, n, 2 * n)));
  }

  /**
   * One copy of a published equation: its atoms (shifted by {@code offset}) sum to its value, give
   * or take the deviation pair starting at column {@code d} (-1 when the equation is fixed), whose
   * cost is the equation's.
   */
  private static void equation(
      LinearProgram lp, double[] objective, PublishedSystem.Equation eq, int offset, int d) {
    int k = eq.atoms().length;
    int[] vars = new int[d >= 0 ? k + 2 : k];
    double[] coefficients = new double[vars.length];
    for (int a = 0; a < k; a++) {
      vars[a] = eq.atoms()[a] + offset;
      coefficients[a] = 1;
    }
    if (d >= 0) {
      vars[k] = d;
      vars[k + 1] = d + 1;
      coefficients[k] = -1;
      coefficients[k + 1] = 1;
      objective[d] = eq.cost();
      objective[d + 1] = eq.cost();
    }
    lp.row(vars, coefficients, LinearProgram.Relation.EQ, eq.value());
  }

  /**
   * The cheapest set of published equations whose release lets the cell's variables sum to at least
   * (up) or at most (down) {@code bound}; null when none does.
   */
  private static Complement complement(
      PublishedSystem system, int[] target, double bound, boolean up) {
    List<PublishedSystem.Equation> equations = system.equations();
    int n = system.variables();
    int[] deviation = new int[equations.size()]; // index of d+, d- = d+ + 1; -1 when fixed
    int columns = n;
    for (int e = 0; e < equations.size(); e++) {
      PublishedSystem.Equation eq = equations.get(e);
      boolean movable = !eq.fixed() && !eq.zero();
      deviation[e] = movable ? columns : -1;
      columns += movable ? 2 : 0;
    }
    double[] objective = new double[columns];
    LinearProgram lp = new LinearProgram(columns);
    for (int e = 0; e < equations.size(); e++) {
      PublishedSystem.Equation eq = equations.get(e);
      int k = eq.atoms().length;
      boolean movable = deviation[e] >= 0;
      int[] vars = java.util.Arrays.copyOf(eq.atoms(), movable ? k + 2 : k);
      double[] coefficients = new double[vars.length];
      java.util.Arrays.fill(coefficients, 1);
      if (movable) {
        vars[k] = deviation[e];
        vars[k + 1] = deviation[e] + 1;
        coefficients[k] = -1;
        objective[deviation[e]] = eq.cost();
        objective[deviation[e] + 1] = eq.cost();
      }
      lp.row(vars, coefficients, LinearProgram.Relation.EQ, eq.value());
    }
    lp.sum(target, up ? LinearProgram.Relation.GEQ : LinearProgram.Relation.LEQ, bound);
    LinearProgram.Solution solution = lp.solve(objective, false);
    if (solution.outcome() != LinearProgram.Outcome.OPTIMAL) {
      return null;
    }
    Set<Integer> released = new LinkedHashSet<>();
    double[] x = solution.point();
    for (int e = 0; e < equations.size(); e++) {
      if (deviation[e] >= 0 && x[deviation[e]] + x[deviation[e] + 1] > TOLERANCE) {
        released.add(e);
      }
    }
    return new Complement(released, solution.value(), 1, List.of(Arrays.copyOf(x, n)));
  }
}
