package org.variatlas.engine.atlas;

/** How an indicator's area values are adjusted for age and sex. */
public enum Standardisation {
  /** Crude rate: events / population × multiplier. */
  NONE,
  /** Directly standardised rate (PHE/Dobson; Helseatlas' default). */
  DIRECT,
  /** Indirectly standardised rate O/E × the pooled crude rate. */
  INDIRECT
}
