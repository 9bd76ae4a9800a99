package org.variatlas.engine.suppression;

import java.util.EnumSet;
import java.util.Set;
import org.variatlas.engine.rates.GroupEstimates;
import org.variatlas.engine.rates.Status;

/**
 * Small-number suppression: which parts of a result are hidden when its count is below the
 * indicator's threshold. The app applies it to every result before it leaves the server (UI, CSV,
 * API). Examples: Helseatlas psyk2 hides counts and rates resting on fewer than 6 patients; SKDE
 * figures use 40; InstantAtlas reports 15 or 30.
 *
 * <p>Only primary suppression: hiding totals that would let a reader recover a hidden cell by
 * subtraction is the caller's job.
 *
 * @param threshold counts below this are small
 * @param hidden what is hidden for a small count
 * @param zeroIsSmall whether a count of 0 is small too (usually not: a zero discloses nobody)
 */
public record SuppressionPolicy(double threshold, Set<Part> hidden, boolean zeroIsSmall) {

  /** The parts of a result that can be hidden. */
  public enum Part {
    /** The value and crude value. */
    VALUE,
    /** The count (events, numerator). */
    COUNT,
    /** The confidence limits. */
    INTERVAL
  }

  /** Copies the set of hidden parts. */
  public SuppressionPolicy {
    if (!(threshold >= 0)) {
      throw new IllegalArgumentException("threshold must be >= 0, was " + threshold);
    }
    hidden = hidden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hidden));
  }

  /** Hides value, count and interval of counts below {@code threshold}; zeros stay visible. */
  public static SuppressionPolicy hideAllBelow(double threshold) {
    return new SuppressionPolicy(threshold, EnumSet.allOf(Part.class), false);
  }

  /** No suppression. */
  public static SuppressionPolicy none() {
    return new SuppressionPolicy(0, Set.of(), false);
  }

  /** Whether a count is small under this policy (a missing count is not). */
  public boolean isSmall(double count) {
    return count < threshold && (count > 0 || zeroIsSmall);
  }

  /**
   * Applies the policy in place: hidden parts become NaN, and a group whose value is hidden gets
   * status {@link Status#SUPPRESSED}.
   *
   * @return the number of groups suppressed
   */
  public int apply(GroupEstimates results) {
    int suppressed = 0;
    for (int g = 0; g < results.size(); g++) {
      if (!isSmall(results.count()[g])) {
        continue;
      }
      suppressed++;
      if (hidden.contains(Part.INTERVAL)) {
        results.lower95()[g] = Double.NaN;
        results.upper95()[g] = Double.NaN;
        results.lower998()[g] = Double.NaN;
        results.upper998()[g] = Double.NaN;
      }
      if (hidden.contains(Part.VALUE)) {
        results.withhold(g, Status.SUPPRESSED);
        results.crude()[g] = Double.NaN;
      }
      if (hidden.contains(Part.COUNT)) {
        results.count()[g] = Double.NaN;
      }
    }
    return suppressed;
  }
}
