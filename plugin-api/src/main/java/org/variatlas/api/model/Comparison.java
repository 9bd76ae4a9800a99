package org.variatlas.api.model;

/**
 * How an area's value compares with the national value (CI overlap at 95 %, as Fingertips'
 * benchmarking): better/worse when the indicator has a polarity, higher/lower when it has none.
 */
public enum Comparison {
  BETTER,
  WORSE,
  HIGHER,
  LOWER,
  SIMILAR,
  /** No CI, suppressed, or the national row itself. */
  NOT_COMPARED
}
