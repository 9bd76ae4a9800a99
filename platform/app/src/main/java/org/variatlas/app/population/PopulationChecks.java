package org.variatlas.app.population;

import java.util.List;
import java.util.Map;
import org.variatlas.app.loads.LoadRun;

/**
 * Checking what only the whole population shows, in memory over the cells read: a key given twice
 * (naming the first line), a split city's year-sex-age without bydel figures (its residual would be
 * the whole city), and bydeler summing to more than their city. Then each split city's residual
 * unit: the residents whose bydel is unknown, the city's figure less its bydeler's.
 */
final class PopulationChecks {

  private final LoadRun run;
  private final List<String> units;

  /**
   * @param units the unit codes the cells' unit indices point into, or null for cells of no unit
   *     (the national figures)
   */
  PopulationChecks(LoadRun run, List<String> units) {
    this.run = run;
    this.units = units;
  }

  /**
   * Reports every figure whose (unit, year, sex, age) an earlier row gave, as rejected.
   *
   * @param column the column named in the problem's location
   */
  void duplicates(PopulationCells cells, String column) {
    for (PopulationCells.Duplicate d : cells.duplicates()) {
      String k = cells.keyText(d.cell(), units);
      run.problem(
          cells.where(d.source(), column, k),
          "duplicate-key",
          "the key (" + k + ") already appears at " + cells.place(d.first()));
    }
    run.rejectedAfterStaging(cells.duplicates().size());
  }

  /**
   * Checks the split cities against their bydeler and sets each one's residual unit's figures: the
   * city's figure less the sum of its bydeler's, where the city has one.
   *
   * @param residualOfCity the unit index of each split city's residual unit, by the city's index
   * @param bydelerOfCity the unit indices of each split city's bydeler, by the city's index
   */
  void residuals(
      PopulationCells cells,
      Map<Integer, Integer> residualOfCity,
      Map<Integer, List<Integer>> bydelerOfCity) {
    int years = cells.years().length;
    for (int city : residualOfCity.keySet().stream().sorted().toList()) {
      int residual = residualOfCity.get(city);
      int[] bydeler =
          bydelerOfCity.getOrDefault(city, List.of()).stream().mapToInt(i -> i).toArray();
      for (int y = 0; y < years; y++) {
        for (int sex = 0; sex < PopulationCells.SEXES; sex++) {
          int from = cells.firstCell(city, y, sex);
          int to = cells.firstCell(residual, y, sex);
          int[] bydelFrom = new int[bydeler.length];
          for (int b = 0; b < bydeler.length; b++) {
            bydelFrom[b] = cells.firstCell(bydeler[b], y, sex);
          }
          for (int age = 0; age < PopulationCells.AGES; age++) {
            if (cells.present(from + age)) {
              residual(cells, from + age, to + age, bydelFrom, age);
            }
          }
        }
      }
    }
  }

  /** One city cell's residual, or its problem. */
  private void residual(PopulationCells cells, int city, int residual, int[] bydelFrom, int age) {
    long bydeler = 0;
    boolean any = false;
    for (int first : bydelFrom) {
      if (cells.present(first + age)) {
        bydeler += cells.persons(first + age);
        any = true;
      }
    }
    int persons = cells.persons(city);
    if (!any) {
      run.problem(
          cells.where(city, "population"),
          "missing-bydel-population",
          "no bydel figures for "
              + cells.keyText(city, units)
              + ": the residents with unknown bydel cannot be computed");
    } else if (bydeler > persons) {
      run.problem(
          cells.where(city, "population"),
          "negative-residual",
          "the bydeler of "
              + cells.keyText(city, units)
              + " sum to "
              + bydeler
              + ", more than the kommune's total");
    } else {
      cells.derive(residual, (int) (persons - bydeler), city);
    }
  }
}
