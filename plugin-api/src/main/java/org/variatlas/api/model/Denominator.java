package org.variatlas.api.model;

/**
 * What a computed indicator divides by: the resident population (filtered by the indicator's {@link
 * PopulationFilter}), or another measure (for proportions such as "share of procedures done as day
 * surgery").
 */
public sealed interface Denominator {

  record ResidentPopulation() implements Denominator {}

  record Measure(String measureId) implements Denominator {}

  static Denominator population() {
    return new ResidentPopulation();
  }

  static Denominator measure(String measureId) {
    return new Measure(measureId);
  }
}
