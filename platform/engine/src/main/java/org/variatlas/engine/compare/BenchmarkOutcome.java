package org.variatlas.engine.compare;

/**
 * The outcome of comparing an area with a benchmark value; the plugin API's {@code Comparison} is
 * what leaves the server.
 */
public enum BenchmarkOutcome {
  /** Significantly better (polarity known). */
  BETTER("Better"),
  /** Significantly worse (polarity known). */
  WORSE("Worse"),
  /** Significantly higher (no polarity). */
  HIGHER("Higher"),
  /** Significantly lower (no polarity). */
  LOWER("Lower"),
  /** The benchmark lies within the interval. */
  SIMILAR("Similar"),
  /** No interval or no benchmark. */
  NOT_COMPARED("Not compared");

  private final String label;

  BenchmarkOutcome(String label) {
    this.label = label;
  }

  /** The Fingertips-style label, e.g. {@code Similar}. */
  public String label() {
    return label;
  }
}
