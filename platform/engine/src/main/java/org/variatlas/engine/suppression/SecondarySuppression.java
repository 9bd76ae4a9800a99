package org.variatlas.engine.suppression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Secondary (complementary) cell suppression: the fewest and smallest additional cells to hide so
 * that no suppressed cell can be narrowed below its protection width from what stays published.
 *
 * <p>Method: for each suppressed cell in turn (primary cells first, then every cell hidden on their
 * account), one linear programme looks for a table that agrees with every figure that stays
 * published except some it is allowed to move, in which the cell is at least its width above its
 * true value (or, when the cell is that large, below). Moving a published cell costs its weight
 * (value + 1) per unit, so the cheapest solution moves the smallest cells; the cells it moves are
 * suppressed. That table then proves the attacker's interval wide enough, and hiding more cells
 * later only widens it, so one programme per cell suffices. This is the cell-by-cell LP heuristic
 * behind tau-Argus' modular and optimal methods and sdcTable's (Fischetti and Salazar-González
 * 2000; Hundepool et al., "Statistical Disclosure Control", 2012, §4.4), solved on the whole linear
 * table rather than on sub-tables; the national row is never chosen, nor a zero (a zero can only
 * move up and hides nothing).
 */
public final class SecondarySuppression {

  private static final double TOLERANCE = 1e-6;

  /**
   * The outcome.
   *
   * @param suppressed every cell hidden: primary, secondary and linked
   * @param primary how many were hidden as primary cells
   * @param secondary how many were added
   * @param unprotected suppressed cells no suppression pattern could protect (e.g. when the fixed
   *     national row pins them), for a warning
   * @param programmes linear programmes solved
   */
  public record Protection(
      boolean[] suppressed,
      int primary,
      int secondary,
      List<Integer> unprotected,
      int programmes) {}

  private SecondarySuppression() {}

  /** Protects the primary cells (and with them every cell it hides) of a table. */
  public static Protection protect(LinearTable table, boolean[] primary) {
    boolean[] suppressed = new boolean[table.size()];
    Deque<Integer> queue = new ArrayDeque<>();
    int primaries = 0;
    for (int i = 0; i < table.size(); i++) {
      if (primary[i]) {
        primaries++;
        hide(table, i, suppressed, queue);
      }
    }
    boolean[] done = new boolean[table.size()];
    List<Integer> unprotected = new ArrayList<>();
    int programmes = 0;
    // Most cells are protected by what is hidden already: the published system changes only when
    // a cell is hidden (cells are never published again), so it is built again only then.
    PublishedSystem published = null;
    int hiddenWhenBuilt = -1;
    while (!queue.isEmpty()) {
      int s = queue.poll();
      LinearTable.Cell cell = table.cell(s);
      if (done[s] || cell.width() <= 0) {
        continue;
      }
      done[s] = true;
      int hidden = count(suppressed);
      if (hidden != hiddenWhenBuilt) {
        published = PublishedSystem.of(table, suppressed, false);
        hiddenWhenBuilt = hidden;
      }
      PublishedSystem system = published;
      int[] variables = system.variablesOf(cell);
      if (variables.length == 0) {
        continue; // a known zero: nothing to protect
      }
      Complement best = oneSided(system, variables, cell);
      programmes += best.programmes();
      if (!best.found()) {
        // Up or down alone cannot do it: a table above and one below the cell together may
        // (e.g. its only complement is as small as the cell itself).
        best = bothWays(system, variables, cell.width(), false);
        programmes++;
      }
      if (!best.found()) {
        // Published zeros pin it: release zeros too, as a last resort (a zero can move up).
        system = PublishedSystem.of(table, suppressed, true);
        variables = system.variablesOf(cell);
        best = bothWays(system, variables, cell.width(), true);
        programmes++;
      }
      if (!best.found()) {
        unprotected.add(s);
        continue;
      }
      for (int e : best.equations()) {
        for (int c : system.equations().get(e).cells()) {
          hide(table, c, suppressed, queue);
        }
      }
    }
    int total = count(suppressed);
    return new Protection(suppressed, primaries, total - primaries, unprotected, programmes);
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean b : flags) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /**
   * The published equations to release (null when none will do), what releasing them costs, and the
   * programmes solved to find them.
   */
  private record Complement(Set<Integer> equations, double cost, int programmes) {
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
        ? new Complement(best.equations(), best.cost(), 2)
        : new Complement(null, 0, 2);
  }

  /**
   * The cheapest set of published equations whose release admits two tables, both agreeing with
   * everything still published, in which the cell differs by at least {@code width}: then the
   * attacker's interval is at least that wide. One programme over two copies of the unknowns.
   *
   * @param zerosMovable whether published zeros may be released too
   */
  private static Complement bothWays(
      PublishedSystem system, int[] target, double width, boolean zerosMovable) {
    List<PublishedSystem.Equation> equations = system.equations();
    int n = system.variables();
    int[] deviation = new int[equations.size()]; // up+, up-, down+, down-; -1 when fixed
    int columns = 2 * n;
    for (int e = 0; e < equations.size(); e++) {
      PublishedSystem.Equation eq = equations.get(e);
      boolean movable = !eq.fixed() && (zerosMovable || eq.value() > TOLERANCE);
      deviation[e] = movable ? columns : -1;
      columns += movable ? 4 : 0;
    }
    double[] objective = new double[columns];
    LinearProgram lp = new LinearProgram(columns);
    for (int e = 0; e < equations.size(); e++) {
      PublishedSystem.Equation eq = equations.get(e);
      for (int copy = 0; copy < 2; copy++) {
        int k = eq.atoms().length;
        boolean movable = deviation[e] >= 0;
        int[] vars = new int[movable ? k + 2 : k];
        double[] coefficients = new double[vars.length];
        for (int a = 0; a < k; a++) {
          vars[a] = eq.atoms()[a] + copy * n;
          coefficients[a] = 1;
        }
        if (movable) {
          int d = deviation[e] + 2 * copy;
          vars[k] = d;
          vars[k + 1] = d + 1;
          coefficients[k] = -1;
          coefficients[k + 1] = 1;
          objective[d] = eq.cost();
          objective[d + 1] = eq.cost();
        }
        lp.row(vars, coefficients, LinearProgram.Relation.EQ, eq.value());
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
    return new Complement(released, solution.value(), 1);
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
      boolean movable = !eq.fixed() && eq.value() > TOLERANCE;
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
    return new Complement(released, solution.value(), 1);
  }

  /** Hides a cell and the cells linked to it, queueing each for protection. */
  private static void hide(
      LinearTable table, int cell, boolean[] suppressed, Deque<Integer> queue) {
    if (suppressed[cell]) {
      return;
    }
    suppressed[cell] = true;
    queue.add(cell);
    for (int linked : table.cell(cell).linked()) {
      hide(table, linked, suppressed, queue);
    }
  }
}
