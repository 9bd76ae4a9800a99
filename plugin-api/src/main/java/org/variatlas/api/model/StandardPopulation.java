package org.variatlas.api.model;

/**
 * The weights of direct standardisation.
 *
 * <ul>
 *   <li>{@link Esp2013}: the European Standard Population 2013 (Eurostat), 19 five-year age bands
 *       0-4 ... 85-89, 90+, the same for both sexes (as PHE uses it).
 *   <li>{@link ReferenceYear}: the national population's shares by sex x age band in a reference
 *       year, Helseatlas' method ("standardisert mot Norges befolkning i 2022").
 * </ul>
 */
public sealed interface StandardPopulation {

  record Esp2013() implements StandardPopulation {}

  record ReferenceYear(int year) implements StandardPopulation {}

  static StandardPopulation esp2013() {
    return new Esp2013();
  }

  static StandardPopulation referenceYear(int year) {
    return new ReferenceYear(year);
  }
}
