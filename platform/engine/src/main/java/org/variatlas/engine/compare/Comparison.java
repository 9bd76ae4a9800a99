package org.variatlas.engine.compare;

/** The outcome of comparing an area with a benchmark value. */
public enum Comparison {
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

  Comparison(String label) {
    this.label = label;
  }

  /** The Fingertips-style label, e.g. {@code Similar}. */
  public String label() {
    return label;
  }
}
