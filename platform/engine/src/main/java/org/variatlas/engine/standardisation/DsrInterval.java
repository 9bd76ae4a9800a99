package org.variatlas.engine.standardisation;

/** Confidence interval method for a directly standardised rate. */
public enum DsrInterval {
  /**
   * Dobson et al. (1991) with Byar's limits of the total count, even for small counts; PHE's method
   * (PHEindicatormethods {@code calculate_dsr}).
   */
  DOBSON,
  /**
   * Fay &amp; Feuer (1997) gamma interval, as NCHS/SEER, R epitools {@code ageadjust.direct} and
   * sava {@code DSR}.
   */
  FAY_FEUER
}
