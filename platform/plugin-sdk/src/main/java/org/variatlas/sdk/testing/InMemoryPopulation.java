package org.variatlas.sdk.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.variatlas.api.Population;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;

/** Population cells for tests, added one by one or as a flat age band. */
public final class InMemoryPopulation implements Population {

  private record Cell(String baseUnit, int year, Sex sex, int age, long persons) {}

  private final List<Cell> cells = new ArrayList<>();

  /** Adds one cell. */
  public InMemoryPopulation add(String baseUnit, int year, Sex sex, int age, long persons) {
    cells.add(new Cell(baseUnit, year, sex, age, persons));
    return this;
  }

  /** Adds {@code persons} for each sex and each age {@code fromAge..toAge} in each year. */
  public InMemoryPopulation band(
      String baseUnit, int fromYear, int toYear, int fromAge, int toAge, long persons) {
    for (int year = fromYear; year <= toYear; year++) {
      for (Sex sex : Sex.values()) {
        for (int age = fromAge; age <= toAge; age++) {
          add(baseUnit, year, sex, age, persons);
        }
      }
    }
    return this;
  }

  @Override
  public int firstYear() {
    return cells.stream().mapToInt(Cell::year).min().orElse(0);
  }

  @Override
  public int lastYear() {
    return cells.stream().mapToInt(Cell::year).max().orElse(0);
  }

  @Override
  public void forEach(int fromYear, int toYear, PopulationFilter filter, CellConsumer consumer) {
    cells.stream()
        .filter(c -> c.year() >= fromYear && c.year() <= toYear && filter.admits(c.sex(), c.age()))
        .sorted(
            Comparator.comparing(Cell::baseUnit)
                .thenComparingInt(Cell::year)
                .thenComparing(Cell::sex)
                .thenComparingInt(Cell::age))
        .forEach(c -> consumer.accept(c.baseUnit(), c.year(), c.sex(), c.age(), c.persons()));
  }
}
