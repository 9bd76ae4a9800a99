package org.variatlas.api.model;

/**
 * Whether a high value is good, bad or neither. Decides whether a significant difference from the
 * national value reads better/worse or just higher/lower. Variation atlases mostly use {@link
 * #NO_JUDGEMENT}: more care is not better care.
 */
public enum Polarity {
  HIGH_IS_GOOD,
  LOW_IS_GOOD,
  NO_JUDGEMENT
}
