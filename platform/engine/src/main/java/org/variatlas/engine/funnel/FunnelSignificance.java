package org.variatlas.engine.funnel;

/**
 * Where a point lies relative to the funnel limits, with PHEindicatormethods' labels ({@code
 * assign_funnel_significance}).
 */
public enum FunnelSignificance {
  /** Above the 99.8 % limit. */
  HIGH_0_001("High (0.001)"),
  /** Above the 95 % limit but not the 99.8 % one. */
  HIGH_0_025("High (0.025)"),
  /** Below the 99.8 % limit. */
  LOW_0_001("Low (0.001)"),
  /** Below the 95 % limit but not the 99.8 % one. */
  LOW_0_025("Low (0.025)"),
  /** Within the 95 % limits. */
  NOT_SIGNIFICANT("Not significant"),
  /** A DSR from fewer than 10 events: PHE does not test it. */
  NOT_APPLICABLE_DSR("Not applicable for events less than 10 for dsrs");

  private final String label;

  FunnelSignificance(String label) {
    this.label = label;
  }

  /** PHE's label, e.g. {@code High (0.001)}. */
  public String label() {
    return label;
  }

  /**
   * Classifies a point given its position against the limits, in PHE's order of tests: high at 99.8
   * %, high at 95 %, low at 99.8 %, low at 95 %.
   */
  static FunnelSignificance classify(
      boolean above998, boolean above95, boolean below998, boolean below95) {
    if (above998) {
      return HIGH_0_001;
    }
    if (above95) {
      return HIGH_0_025;
    }
    if (below998) {
      return LOW_0_001;
    }
    if (below95) {
      return LOW_0_025;
    }
    return NOT_SIGNIFICANT;
  }
}
