package org.variatlas.app.population;

import java.util.ArrayList;
import java.util.List;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;

/**
 * A load's population in memory as the dense cube it is: persons by unit (an index into the load's
 * unit codes), year, sex and single-year age, and where each figure came from (file and line), in
 * flat arrays (no object per row) for millions of rows. A second figure for a cell is recorded as a
 * duplicate for {@link PopulationChecks} to report, and the first kept (the load fails anyway).
 */
final class PopulationCells {

  static final int AGES = PopulationFilter.MAX_AGE + 1;
  static final int SEXES = Sex.values().length;

  /** A figure given twice: where, and where first. */
  record Duplicate(int cell, long source, long first) {}

  private final List<String> files = new ArrayList<>();
  private final int units;
  private final int[] years;
  private final int[] yearIndex;
  private final int[] persons;
  private final long[] source; // (file index << 32 | line); 0 = no figure
  private final List<Duplicate> duplicates = new ArrayList<>();

  /**
   * @param units how many units the unit indices count
   * @param years the years the figures may have, ascending, within [{@link
   *     PopulationFiles#FIRST_YEAR}, {@link PopulationFiles#LAST_YEAR}]
   */
  PopulationCells(int units, int[] years) {
    this.units = units;
    this.years = years.clone();
    this.yearIndex = new int[PopulationFiles.LAST_YEAR - PopulationFiles.FIRST_YEAR + 1];
    for (int i = 0; i < years.length; i++) {
      yearIndex[years[i] - PopulationFiles.FIRST_YEAR] = i;
    }
    this.persons = new int[Math.multiplyExact(units * years.length, SEXES * AGES)];
    this.source = new long[persons.length];
  }

  /** The index of a file's name for {@link #put} (a load reads a handful of files). */
  int file(String name) {
    files.add(name);
    return files.size() - 1;
  }

  int units() {
    return units;
  }

  /** The years, ascending. */
  int[] years() {
    return years.clone();
  }

  /** The index of a cell; the year must be one of {@link #years}. */
  int cell(int unit, int year, int sex, int age) {
    return ((unit * years.length + yearIndex[year - PopulationFiles.FIRST_YEAR]) * SEXES + sex)
            * AGES
        + age;
  }

  /** The first cell of a unit's year and sex (its ages follow). */
  int firstCell(int unit, int yearIndex, int sex) {
    return ((unit * years.length + yearIndex) * SEXES + sex) * AGES;
  }

  /** Sets a cell's figure; a second one is recorded as a {@link Duplicate} instead. */
  void put(int cell, int n, int file, long line) {
    long from = (long) file << 32 | line;
    if (source[cell] != 0) {
      duplicates.add(new Duplicate(cell, from, source[cell]));
      return;
    }
    persons[cell] = n;
    source[cell] = from;
  }

  /** Sets a cell's figure computed from another's (a residual from its city's), with its source. */
  void derive(int cell, int n, int from) {
    persons[cell] = n;
    source[cell] = source[from];
  }

  boolean present(int cell) {
    return source[cell] != 0;
  }

  int persons(int cell) {
    return persons[cell];
  }

  /** The figures given twice, in the order read. */
  List<Duplicate> duplicates() {
    return duplicates;
  }

  /** Where a cell's figure came from, with a column and value. */
  SourceLocation where(long from, String column, String value) {
    return new SourceLocation(files.get((int) (from >>> 32)), (int) from, column, value);
  }

  SourceLocation where(int cell, String column) {
    return where(source[cell], column, String.valueOf(persons[cell]));
  }

  /** {@code file:line} of a source. */
  String place(long from) {
    return files.get((int) (from >>> 32)) + ":" + (int) from;
  }

  /** A cell's key as problems name it: {@code unit, year, sex, age N} (no unit when -1). */
  String keyText(int cell, List<String> unitCodes) {
    int age = cell % AGES;
    int sex = cell / AGES % SEXES;
    int year = years[cell / AGES / SEXES % years.length];
    int unit = cell / AGES / SEXES / years.length;
    String u = unitCodes == null ? "" : unitCodes.get(unit) + ", ";
    return u + year + ", " + Sex.values()[sex].code() + ", age " + age;
  }
}
