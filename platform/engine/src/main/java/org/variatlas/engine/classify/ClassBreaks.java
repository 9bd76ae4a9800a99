package org.variatlas.engine.classify;

import java.util.Arrays;

/**
 * Class boundaries for a choropleth map: {@code classes() + 1} ascending bounds, from the lowest to
 * the highest value. Class c (1-based) runs from bound c − 1 to bound c; a value on an inner bound
 * belongs to the lower class.
 *
 * @param bounds the ascending bounds, first = minimum, last = maximum
 */
public record ClassBreaks(double[] bounds) {

  /** Copies the bounds. */
  public ClassBreaks {
    bounds = bounds.clone();
  }

  /** Number of classes (0 when there were no values). */
  public int classes() {
    return Math.max(0, bounds.length - 1);
  }

  /** Lower bound of class c (1-based). */
  public double lower(int c) {
    return bounds[c - 1];
  }

  /** Upper bound of class c (1-based). */
  public double upper(int c) {
    return bounds[c];
  }

  /** The bounds (a copy). */
  @Override
  public double[] bounds() {
    return bounds.clone();
  }

  /** The 1-based class of a value, or 0 for NaN. */
  public int classOf(double value) {
    if (Double.isNaN(value) || classes() == 0) {
      return 0;
    }
    for (int c = 1; c < classes(); c++) {
      if (value <= bounds[c]) {
        return c;
      }
    }
    return classes();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassBreaks other && Arrays.equals(bounds, other.bounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds);
  }

  @Override
  public String toString() {
    return "ClassBreaks" + Arrays.toString(bounds);
  }
}
