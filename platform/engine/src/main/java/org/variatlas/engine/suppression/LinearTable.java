package org.variatlas.engine.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every count an indicator publishes, as a sum of hidden non-negative unknowns: the model an
 * attacker builds to narrow a suppressed cell, and the one secondary suppression protects.
 *
 * <p>The unknowns ("atoms") are the finest cells the publication can be broken into: one per group
 * of base units that every published area level treats alike, per year and per category. A
 * published cell (an area, a level's national row, a period, a category part or total) is the sum
 * of its atoms, so every linear relation between published figures follows from shared atoms: areas
 * of a level add up to the national row and, through the base units, to the areas of every other
 * level built from them (also where levels overlap without nesting, as kommuner and referral areas
 * in Oslo); years add up to periods; parts add up to totals. This is the linear model of tau-Argus
 * and sdcTable ("Statistical Disclosure Control", Hundepool et al. 2012, ch. 4.2), written with
 * atoms instead of explicit table relations so that overlapping hierarchies need no special case.
 *
 * <p>Values are totals of the cell's atoms (a period's count summed over its years, not the yearly
 * average); a cell's {@code width} is the protection it needs in the same unit.
 */
public final class LinearTable {

  /**
   * One published figure.
   *
   * @param label what it is, for messages (e.g. {@code kommune 1804 2023 private})
   * @param atoms the unknowns it sums, ascending, no duplicates
   * @param value its true value (a count, >= 0)
   * @param width the protection width it needs when suppressed: the attacker's interval for it must
   *     be at least this wide
   * @param fixed never chosen as a secondary suppression (the national row)
   * @param cost the price of suppressing it as a secondary cell (tau-Argus' cell weight; here its
   *     value plus one, so that the smallest cells are preferred)
   * @param linked cells hidden whenever this one is (the category parts of a total)
   */
  public record Cell(
      String label,
      int[] atoms,
      double value,
      double width,
      boolean fixed,
      double cost,
      int[] linked) {

    public Cell {
      if (!(value >= 0) || !(width >= 0) || !(cost > 0)) {
        throw new IllegalArgumentException(
            label
                + ": value and width must be >= 0 and cost > 0 ("
                + value
                + ", "
                + width
                + ", "
                + cost
                + ")");
      }
      atoms = atoms.clone();
      Arrays.sort(atoms);
      linked = linked.clone();
    }
  }

  private static final double TOLERANCE = 1e-6;

  private final int atomCount;
  private final List<Cell> cells;
  private final double[] atomValues;

  private LinearTable(int atomCount, List<Cell> cells, double[] atomValues) {
    this.atomCount = atomCount;
    this.cells = List.copyOf(cells);
    this.atomValues = atomValues == null ? null : atomValues.clone();
    for (Cell c : cells) {
      for (int a : c.atoms()) {
        if (a < 0 || a >= atomCount) {
          throw new IllegalArgumentException(c.label() + ": atom " + a + " out of range");
        }
      }
      for (int l : c.linked()) {
        if (l < 0 || l >= cells.size()) {
          throw new IllegalArgumentException(c.label() + ": linked cell " + l + " out of range");
        }
      }
    }
    if (atomValues != null) {
      checkAtomValues(atomCount, cells, atomValues);
    }
  }

  private static void checkAtomValues(int atomCount, List<Cell> cells, double[] atomValues) {
    if (atomValues.length != atomCount) {
      throw new IllegalArgumentException(
          atomValues.length + " atom values for " + atomCount + " atoms");
    }
    for (double v : atomValues) {
      if (!(v >= 0)) {
        throw new IllegalArgumentException("atom values must be >= 0, was " + v);
      }
    }
    for (Cell c : cells) {
      double sum = 0;
      for (int a : c.atoms()) {
        sum += atomValues[a];
      }
      if (Math.abs(sum - c.value()) > TOLERANCE * Math.max(1, c.value())) {
        throw new IllegalArgumentException(
            c.label() + ": value " + c.value() + " is not the sum of its atoms' values " + sum);
      }
    }
  }

  /** Starts a table over {@code atomCount} unknowns. */
  public static Builder builder(int atomCount) {
    return new Builder(atomCount);
  }

  public int atomCount() {
    return atomCount;
  }

  public int size() {
    return cells.size();
  }

  public Cell cell(int index) {
    return cells.get(index);
  }

  public List<Cell> cells() {
    return cells;
  }

  /** Whether the atoms' true values are known ({@link Builder#atomValues}). */
  public boolean hasAtomValues() {
    return atomValues != null;
  }

  /** An atom's true value; only when {@link #hasAtomValues()}. */
  double atomValue(int atom) {
    return atomValues[atom];
  }

  /** Adds cells one by one; a cell's index is its position. */
  public static final class Builder {
    private final int atomCount;
    private final List<Cell> cells = new ArrayList<>();
    private final List<List<Integer>> links = new ArrayList<>();
    private double[] atomValues;

    private Builder(int atomCount) {
      this.atomCount = atomCount;
    }

    /**
     * Adds a cell with the default cost (value + 1).
     *
     * @return its index
     */
    public int cell(String label, int[] atoms, double value, double width, boolean fixed) {
      return cell(label, atoms, value, width, fixed, value + 1);
    }

    /** Adds a cell with its own cost of secondary suppression; returns its index. */
    public int cell(
        String label, int[] atoms, double value, double width, boolean fixed, double cost) {
      cells.add(new Cell(label, atoms, value, width, fixed, cost, new int[0]));
      links.add(new ArrayList<>());
      return cells.size() - 1;
    }

    /**
     * The atoms' true values (each cell's value must be the sum of its atoms'). Optional: with
     * them, secondary suppression first looks for complements among the cells around each hidden
     * cell, holding the rest of the table at its true values, which keeps its programmes small.
     */
    public Builder atomValues(double[] values) {
      this.atomValues = values.clone();
      return this;
    }

    /** Hides {@code part} whenever {@code total} is hidden. */
    public Builder link(int total, int part) {
      links.get(total).add(part);
      return this;
    }

    public LinearTable build() {
      List<Cell> out = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        Cell c = cells.get(i);
        int[] linked = links.get(i).stream().mapToInt(Integer::intValue).toArray();
        out.add(new Cell(c.label(), c.atoms(), c.value(), c.width(), c.fixed(), c.cost(), linked));
      }
      return new LinearTable(atomCount, out, atomValues);
    }
  }
}
