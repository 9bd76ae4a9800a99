package org.variatlas.engine.standardisation;

/**
 * Options of a directly standardised rate.
 *
 * @param multiplier the value is per this many person-years, e.g. 100 000
 * @param interval the confidence interval method
 * @param minimumEvents the value and limits are withheld when the group's total events are below
 *     this (PHE: 10)
 */
public record DsrOptions(double multiplier, DsrInterval interval, double minimumEvents) {

  /** PHE's minimum total count for publishing a DSR. */
  public static final double PHE_MINIMUM_EVENTS = 10;

  /** Validates the options. */
  public DsrOptions {
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be positive, was " + multiplier);
    }
    if (interval == null) {
      throw new IllegalArgumentException("interval method is required");
    }
    if (!(minimumEvents >= 0)) {
      throw new IllegalArgumentException("minimum events must be >= 0, was " + minimumEvents);
    }
  }

  /** PHE's conventions: Dobson interval, not published below 10 events. */
  public static DsrOptions phe(double multiplier) {
    return new DsrOptions(multiplier, DsrInterval.DOBSON, PHE_MINIMUM_EVENTS);
  }
}
