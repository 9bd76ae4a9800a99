package org.variatlas.api.model;

/** Where an indicator's values come from. */
public enum Provenance {
  /** Computed by the platform from counts a loader delivered and the population. */
  COMPUTED,
  /** Imported as published (finished figures, e.g. an earlier atlas), shown as such. */
  PUBLISHED
}
