package org.variatlas.api.model;

/** What an indicator's value is, which decides the formulas the engine applies. */
public enum ValueType {
  /** Events / population x multiplier; exact Poisson (O &lt; 10) or Byar CI. */
  CRUDE_RATE,
  /** Directly standardised rate by sex x age band, Dobson CI (Dobson et al. 1991). */
  DIRECTLY_STANDARDISED_RATE,
  /** Observed / expected x 100 (indirect standardisation, Breslow &amp; Day). */
  INDIRECTLY_STANDARDISED_RATIO,
  /** Observed / expected x the reference rate (indirect standardisation). */
  INDIRECTLY_STANDARDISED_RATE,
  /** Numerator / denominator x multiplier (1 or 100), Wilson score CI. */
  PROPORTION;

  /** Whether the value is adjusted to a standard population (and needs one). */
  public boolean isStandardised() {
    return this == DIRECTLY_STANDARDISED_RATE
        || this == INDIRECTLY_STANDARDISED_RATIO
        || this == INDIRECTLY_STANDARDISED_RATE;
  }
}
