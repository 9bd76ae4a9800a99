package org.variatlas.engine.rates;

import java.util.Arrays;
import org.variatlas.engine.ci.ConfidenceLevel;

/**
 * Results for many groups (areas) at once, one array per column, index = group. This is what the
 * batch calculations return: no object per group, so a whole area level costs a handful of arrays.
 *
 * <p>The arrays are exposed, not copied: a producer fills them, and a consumer (e.g. {@link
 * org.variatlas.engine.suppression.SuppressionPolicy}) may overwrite them in place. Units as in
 * {@link Estimate}; NaN = not available.
 */
public final class GroupEstimates {

  private final double[] count;
  private final double[] denominator;
  private final double[] crude;
  private final double[] value;
  private final double[] lower95;
  private final double[] upper95;
  private final double[] lower998;
  private final double[] upper998;
  private final Method[] method;
  private final Status[] status;

  /** Allocates results for {@code groups} groups, every number NaN, every status published. */
  public GroupEstimates(int groups) {
    this(groups, true);
  }

  private GroupEstimates(int groups, boolean fill) {
    count = new double[groups];
    denominator = new double[groups];
    crude = new double[groups];
    value = new double[groups];
    lower95 = new double[groups];
    upper95 = new double[groups];
    lower998 = new double[groups];
    upper998 = new double[groups];
    method = new Method[groups];
    status = new Status[groups];
    if (fill) {
      for (double[] column :
          new double[][] {count, denominator, crude, value, lower95, upper95, lower998, upper998}) {
        Arrays.fill(column, Double.NaN);
      }
      Arrays.fill(status, Status.PUBLISHED);
    }
  }

  /**
   * Allocates results whose cells are not initialised (zeros and nulls), for a producer that writes
   * every column of every group itself; it saves a pass over a million-cell batch.
   */
  public static GroupEstimates unfilled(int groups) {
    return new GroupEstimates(groups, false);
  }

  /** Number of groups. */
  public int size() {
    return value.length;
  }

  /** Events or numerator per group (observed count for an ISR). */
  public double[] count() {
    return count;
  }

  /** Population or denominator per group (expected count for an ISR). */
  public double[] denominator() {
    return denominator;
  }

  /** Crude value per group, count/denominator × multiplier. */
  public double[] crude() {
    return crude;
  }

  /** Published value per group. */
  public double[] value() {
    return value;
  }

  /** Lower 95 % limit per group. */
  public double[] lower95() {
    return lower95;
  }

  /** Upper 95 % limit per group. */
  public double[] upper95() {
    return upper95;
  }

  /** Lower 99.8 % limit per group. */
  public double[] lower998() {
    return lower998;
  }

  /** Upper 99.8 % limit per group. */
  public double[] upper998() {
    return upper998;
  }

  /** Lower limits at the given level. */
  public double[] lower(ConfidenceLevel level) {
    return level == ConfidenceLevel.P95 ? lower95 : lower998;
  }

  /** Upper limits at the given level. */
  public double[] upper(ConfidenceLevel level) {
    return level == ConfidenceLevel.P95 ? upper95 : upper998;
  }

  /** Interval method per group (null where none applies). */
  public Method[] method() {
    return method;
  }

  /** Publication status per group. */
  public Status[] status() {
    return status;
  }

  /** Group {@code g} as a value object (allocates; for tests, tables and single look-ups). */
  public Estimate get(int g) {
    return new Estimate(
        count[g],
        denominator[g],
        crude[g],
        value[g],
        lower95[g],
        upper95[g],
        lower998[g],
        upper998[g],
        method[g],
        status[g]);
  }

  /**
   * Turns period totals into annual averages in place: count and denominator are divided by the
   * number of years; values, crude values and limits (ratios of the two) are unchanged. This is how
   * Helseatlas reports a period ({@code antsnitt}, {@code popsnitt}).
   */
  public void averageOver(int years) {
    if (years < 1) {
      throw new IllegalArgumentException("a period has at least one year, was " + years);
    }
    for (int g = 0; g < size(); g++) {
      count[g] /= years;
      denominator[g] /= years;
    }
  }

  /** Marks group {@code g} as not published for {@code reason}: value and limits become NaN. */
  public void withhold(int g, Status reason) {
    value[g] = Double.NaN;
    lower95[g] = Double.NaN;
    upper95[g] = Double.NaN;
    lower998[g] = Double.NaN;
    upper998[g] = Double.NaN;
    status[g] = reason;
  }
}
