package org.variatlas.engine.compare;

/**
 * Whether a higher value of an indicator is better, worse, or neither (Fingertips polarity). Named
 * apart from the plugin API's {@code Polarity} so that the app can use both without qualified
 * names.
 */
public enum Judgement {
  /** Higher is better: RAG colours. */
  HIGH_IS_GOOD,
  /** Lower is better: RAG colours. */
  LOW_IS_GOOD,
  /** No judgement (most variation indicators): BOB colours, higher/lower. */
  NO_JUDGEMENT
}
