package org.variatlas.engine.rates;

import org.variatlas.engine.ci.ConfidenceLevel;

/**
 * One group's result. All numbers are in the unit of the value (e.g. per 100 000, percent, or a
 * ratio), except {@code count} (events) and {@code denominator} (population, persons or expected
 * events). NaN means not available.
 *
 * @param count events or numerator (for an ISR: the observed count)
 * @param denominator population, denominator, or (for an ISR) the expected count
 * @param crude the crude value count/denominator × multiplier (NaN where it has no meaning)
 * @param value the published value
 * @param lower95 lower 95 % limit
 * @param upper95 upper 95 % limit
 * @param lower998 lower 99.8 % limit
 * @param upper998 upper 99.8 % limit
 * @param method the interval method, or null where none applies (missing count)
 * @param status whether the value is published and, if not, why
 */
public record Estimate(
    double count,
    double denominator,
    double crude,
    double value,
    double lower95,
    double upper95,
    double lower998,
    double upper998,
    Method method,
    Status status) {

  /** The lower limit at the given level. */
  public double lower(ConfidenceLevel level) {
    return level == ConfidenceLevel.P95 ? lower95 : lower998;
  }

  /** The upper limit at the given level. */
  public double upper(ConfidenceLevel level) {
    return level == ConfidenceLevel.P95 ? upper95 : upper998;
  }
}
