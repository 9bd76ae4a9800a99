package org.variatlas.engine.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables other than the true one that agree with everything still published: the solutions of
 * secondary suppression's programmes (each after its complements are hidden). Hiding more cells
 * only drops equations, so every such table stays consistent with what is published, and so does
 * every table on the line through it and the true table as far as no atom turns negative (the
 * published equations are linear and both ends satisfy them). A suppressed cell whose value spreads
 * over its protection width along these lines is protected already — the attacker's interval
 * contains that spread — and needs no programme of its own. Kept as their differences from the true
 * table, which are few, with how far the line stays non-negative each way.
 */
final class Witnesses {

  private static final double TOLERANCE = 1e-6;
  private static final double FAR = 1e9;

  /** A line t + μ·(d over atoms), μ in [low, high], t the true table. */
  private record Line(int[] atoms, double[] d, double low, double high) {}

  private final LinearTable table;
  private final List<Line> lines = new ArrayList<>();
  private final boolean[] mark;

  Witnesses(LinearTable table) {
    this.table = table;
    this.mark = new boolean[table.atomCount()];
  }

  /** Adds a solution of a programme over {@code system}'s unknowns (atoms outside it as true). */
  void add(PublishedSystem system, double[] point) {
    int[] at = new int[table.atomCount()];
    double[] by = new double[table.atomCount()];
    int n = 0;
    double low = -FAR;
    double high = FAR;
    for (int a = 0; a < table.atomCount(); a++) {
      int v = system.variableOf(a);
      double t = table.atomValue(a);
      double delta = v >= 0 ? point[v] - t : 0;
      if (Math.abs(delta) > TOLERANCE) {
        at[n] = a;
        by[n++] = delta;
        // t + μ·delta >= 0
        if (delta > 0) {
          low = Math.max(low, -t / delta);
        } else {
          high = Math.min(high, t / -delta);
        }
      }
    }
    if (n > 0) {
      lines.add(new Line(Arrays.copyOf(at, n), Arrays.copyOf(by, n), low, high));
    }
  }

  /** Whether the tables known spread the cell's value over at least its width. */
  boolean protect(LinearTable.Cell cell) {
    for (int a : cell.atoms()) {
      mark[a] = true;
    }
    double low = 0;
    double high = 0;
    for (Line line : lines) {
      double sum = 0;
      for (int k = 0; k < line.atoms().length; k++) {
        sum += mark[line.atoms()[k]] ? line.d()[k] : 0;
      }
      low = Math.min(low, Math.min(sum * line.low(), sum * line.high()));
      high = Math.max(high, Math.max(sum * line.low(), sum * line.high()));
    }
    for (int a : cell.atoms()) {
      mark[a] = false;
    }
    return high - low >= cell.width() - TOLERANCE;
  }
}
