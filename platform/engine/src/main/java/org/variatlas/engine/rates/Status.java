package org.variatlas.engine.rates;

/** Whether a group's value is published, and if not, why (the "NA reason"). */
public enum Status {
  /** Value and limits computed. */
  PUBLISHED,
  /** A required input (count, denominator, weight) is missing. */
  MISSING_INPUT,
  /** The denominator (population, expected count, standard weights) is zero. */
  ZERO_DENOMINATOR,
  /** Fewer events than the publication minimum (PHE: a DSR needs at least 10). */
  BELOW_MINIMUM_EVENTS,
  /** A stratum has events but no population, so no rate can be formed. */
  INVALID_STRATUM,
  /** Hidden by the small-number {@code SuppressionPolicy}. */
  SUPPRESSED
}
