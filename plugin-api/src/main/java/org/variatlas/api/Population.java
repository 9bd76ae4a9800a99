package org.variatlas.api;

import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;

/** Resident population (persons on 1 January) by base unit, year, sex and single-year age. */
public interface Population {

  /** Receives one population cell. */
  @FunctionalInterface
  interface CellConsumer {
    void accept(String baseUnit, int year, Sex sex, int age, long persons);
  }

  /** The first and last year with population figures. */
  int firstYear();

  int lastYear();

  /**
   * Streams every cell of the years {@code fromYear..toYear} that the filter admits, ordered by
   * base unit, year, sex, age.
   */
  void forEach(int fromYear, int toYear, PopulationFilter filter, CellConsumer consumer);
}
