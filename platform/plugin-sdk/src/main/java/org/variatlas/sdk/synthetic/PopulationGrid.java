package org.variatlas.sdk.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.variatlas.api.Geography;
import org.variatlas.api.Population;
import org.variatlas.api.model.AreaRef;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;

/**
 * The platform's population of some years, read once and grouped by the area of one level each base
 * unit belongs to in each year ({@link Geography#areaOf}). Cells with no persons are left out, as
 * are base units the level does not cover (their persons are counted in {@link
 * #unmappedPersons()}).
 */
public final class PopulationGrid {

  /** One population cell: persons of a sex and single-year age in a base unit. */
  public record Cell(String baseUnit, Sex sex, int age, long persons) {}

  private final String level;
  private final Map<String, Map<Integer, List<Cell>>> cells;
  private final double[][] persons;
  private final long unmapped;

  private PopulationGrid(
      String level,
      Map<String, Map<Integer, List<Cell>>> cells,
      double[][] persons,
      long unmapped) {
    this.level = level;
    this.cells = cells;
    this.persons = persons;
    this.unmapped = unmapped;
  }

  /**
   * Reads the population of {@code fromYear..toYear} that {@code filter} admits.
   *
   * @param population the platform's population
   * @param geography the platform's areas
   * @param level the area level to group by, e.g. {@code hf}
   */
  public static PopulationGrid read(
      Population population,
      Geography geography,
      String level,
      int fromYear,
      int toYear,
      PopulationFilter filter) {
    Map<String, Map<Integer, List<Cell>>> cells = new TreeMap<>();
    Map<String, Optional<AreaRef>> areas = new HashMap<>();
    double[][] persons = new double[Sex.values().length][PopulationFilter.MAX_AGE + 1];
    long[] unmapped = {0};
    population.forEach(
        fromYear,
        toYear,
        filter,
        (baseUnit, year, sex, age, count) -> {
          if (count <= 0) {
            return;
          }
          Optional<AreaRef> area =
              areas.computeIfAbsent(
                  baseUnit + "/" + year, k -> geography.areaOf(level, baseUnit, year));
          if (area.isEmpty()) {
            unmapped[0] += count;
            return;
          }
          cells
              .computeIfAbsent(area.get().code(), k -> new TreeMap<>())
              .computeIfAbsent(year, k -> new ArrayList<>())
              .add(new Cell(baseUnit, sex, age, count));
          persons[sex.ordinal()][age] += count;
        });
    return new PopulationGrid(level, cells, persons, unmapped[0]);
  }

  /** The level the cells are grouped by. */
  public String level() {
    return level;
  }

  /** The cells of an area in a year (empty when the area has no population then). */
  public List<Cell> cells(String areaCode, int year) {
    return Collections.unmodifiableList(
        cells.getOrDefault(areaCode, Map.of()).getOrDefault(year, List.of()));
  }

  /** The persons of an area in a year. */
  public long persons(String areaCode, int year) {
    long sum = 0;
    for (Cell cell : cells(areaCode, year)) {
      sum += cell.persons();
    }
    return sum;
  }

  /**
   * Persons by {@link Sex#ordinal()} and age, summed over every area and year read: the denominator
   * that turns a national age distribution of counts into rates ({@link AgeSexProfile#fromCounts}).
   */
  public double[][] personsBySexAndAge() {
    double[][] copy = new double[persons.length][];
    for (int s = 0; s < persons.length; s++) {
      copy[s] = persons[s].clone();
    }
    return copy;
  }

  /** Persons in base units the level does not cover in their year. */
  public long unmappedPersons() {
    return unmapped;
  }
}
