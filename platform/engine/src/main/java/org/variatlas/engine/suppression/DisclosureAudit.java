package org.variatlas.engine.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker can learn of each suppressed cell: the smallest and largest value it can have
 * given every published cell and that counts are never negative, by linear programming (the
 * "interval audit" of tau-Argus; Hundepool et al., "Statistical Disclosure Control", 2012, §4.3). A
 * cell is protected when that interval is at least its protection width wide.
 */
public final class DisclosureAudit {

  private static final double TOLERANCE = 1e-6;

  /** The values a suppressed cell can have; upper is infinite when nothing bounds it. */
  public record Interval(double lower, double upper) {
    public double width() {
      return upper - lower;
    }
  }

  /** A suppressed cell the published figures narrow to less than its protection width. */
  public record Finding(int cell, String label, double value, Interval interval, double width) {}

  private DisclosureAudit() {}

  /**
   * The interval of every suppressed cell (null for published cells).
   *
   * @param suppressed which cells are not published
   */
  public static Interval[] intervals(LinearTable table, boolean[] suppressed) {
    PublishedSystem system = PublishedSystem.of(table, suppressed);
    LinearProgram constraints = constraints(system);
    Interval[] out = new Interval[table.size()];
    for (int i = 0; i < table.size(); i++) {
      if (suppressed[i]) {
        out[i] = interval(system, constraints, system.variablesOf(table.cell(i)));
      }
    }
    return out;
  }

  /**
   * The suppressed cells narrowed below their protection width. A cell the figures pin to zero is
   * not a finding: zeros are published anyway (a zero discloses nobody).
   */
  public static List<Finding> findings(LinearTable table, boolean[] suppressed) {
    Interval[] intervals = intervals(table, suppressed);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < intervals.length; i++) {
      Interval iv = intervals[i];
      LinearTable.Cell c = table.cell(i);
      if (iv != null && iv.upper() > TOLERANCE && iv.width() < c.width() - TOLERANCE) {
        findings.add(new Finding(i, c.label(), c.value(), iv, c.width()));
      }
    }
    return findings;
  }

  private static LinearProgram constraints(PublishedSystem system) {
    LinearProgram lp = new LinearProgram(system.variables());
    for (PublishedSystem.Equation e : system.equations()) {
      lp.sum(e.atoms(), LinearProgram.Relation.EQ, e.value());
    }
    return lp;
  }

  private static Interval interval(
      PublishedSystem system, LinearProgram constraints, int[] variables) {
    if (variables.length == 0) {
      return new Interval(0, 0);
    }
    double[] objective = new double[system.variables()];
    for (int v : variables) {
      objective[v] = 1;
    }
    LinearProgram.Solution min = constraints.solve(objective, false);
    LinearProgram.Solution max = constraints.solve(objective, true);
    if (min.outcome() == LinearProgram.Outcome.INFEASIBLE
        || max.outcome() == LinearProgram.Outcome.INFEASIBLE) {
      throw new IllegalArgumentException(
          "the published figures contradict each other: no table has them all");
    }
    return new Interval(Math.max(0, min.value()), max.value());
  }
}
