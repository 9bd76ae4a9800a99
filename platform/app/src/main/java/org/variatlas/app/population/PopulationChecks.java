package org.variatlas.app.population;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.app.loads.LoadRun;

/**
 * Checking what only the whole population shows, in memory over the read rows: a key given twice
 * (naming the first line), a split city's year-sex-age without bydel figures (its residual would be
 * the whole city), and bydeler summing to more than their city. Then the rows to store: the base
 * units as read, each split city replaced by the residual unit of residents whose bydel is unknown
 * (added to the rows read, the city's own rows left out: no copy of millions of rows).
 */
final class PopulationChecks {

  private static final int AGES = PopulationFilter.MAX_AGE + 1;

  private final LoadRun run;
  private final List<String> units;

  /**
   * @param units the unit codes the rows' unit indices point into
   */
  PopulationChecks(LoadRun run, List<String> units) {
    this.run = run;
    this.units = units;
  }

  /**
   * Reports every row whose (unit, year, sex, age) an earlier row has, as rejected.
   *
   * @param column the column named in the problem's location
   */
  void duplicates(PopulationRows rows, String column) {
    int[] years = rows.years();
    int span = years[1] - years[0] + 1;
    int unitCount = 1;
    for (int row = 0; row < rows.size(); row++) {
      unitCount = Math.max(unitCount, rows.unit(row) + 1);
    }
    int[] first = new int[Math.max(0, unitCount * span * 2 * AGES)]; // row + 1; 0 = none yet
    int duplicates = 0;
    for (int row = 0; row < rows.size(); row++) {
      int key = key(Math.max(0, rows.unit(row)), rows.year(row) - years[0], rows, row, span);
      if (first[key] == 0) {
        first[key] = row + 1;
        continue;
      }
      duplicates++;
      String k = keyText(rows, row);
      run.problem(
          rows.where(row, column, k),
          "duplicate-key",
          "the key (" + k + ") already appears at " + rows.place(first[key] - 1));
    }
    run.rejectedAfterStaging(duplicates);
  }

  /**
   * Checks the split cities against their bydeler and turns the rows read into the rows to store:
   * each city's own rows are left out and its residual unit's rows added.
   *
   * @param residualOfCity the unit index of each split city's residual unit, by the city's index
   * @return {@code rows}, to store
   */
  PopulationRows stored(PopulationRows rows, Map<Integer, Integer> residualOfCity) {
    Integer[] cities = residualOfCity.keySet().stream().sorted().toArray(Integer[]::new);
    int[] cityIndex = new int[units.size()];
    Arrays.fill(cityIndex, -1);
    for (int c = 0; c < cities.length; c++) {
      cityIndex[cities[c]] = c;
    }
    int read = rows.size();
    addResiduals(rows, CityTotals.of(rows, cityIndex, cities.length), residualOfCity);
    for (int row = 0; row < read; row++) {
      if (cityIndex[rows.unit(row)] >= 0) {
        rows.leaveOut(row);
      }
    }
    return rows;
  }

  /**
   * Per split city, year, sex and age: the row of the city's own figure and its bydeler's sum.
   *
   * @param cityRow row + 1 of the city's own figure (0: none)
   */
  private record CityTotals(int[] cityRow, long[] bydelSum, boolean[] hasBydel) {

    static CityTotals of(PopulationRows rows, int[] cityIndex, int cities) {
      int[] years = rows.years();
      int span = years[1] - years[0] + 1;
      int keys = cities * span * 2 * AGES;
      CityTotals t = new CityTotals(new int[keys], new long[keys], new boolean[keys]);
      for (int row = 0; row < rows.size(); row++) {
        int city = cityIndex[rows.unit(row)];
        if (city >= 0) {
          t.cityRow[key(city, rows.year(row) - years[0], rows, row, span)] = row + 1;
        } else if (rows.kommune(row) >= 0 && cityIndex[rows.kommune(row)] >= 0) {
          int key = key(cityIndex[rows.kommune(row)], rows.year(row) - years[0], rows, row, span);
          t.bydelSum[key] += rows.persons(row);
          t.hasBydel[key] = true;
        }
      }
      return t;
    }
  }

  /** Each split city's residents of unknown bydel: its total less its bydeler's, never negative. */
  private void addResiduals(
      PopulationRows rows, CityTotals totals, Map<Integer, Integer> residualOfCity) {
    for (int key = 0; key < totals.cityRow().length; key++) {
      if (totals.cityRow()[key] == 0) {
        continue;
      }
      int row = totals.cityRow()[key] - 1;
      long bydeler = totals.bydelSum()[key];
      if (!totals.hasBydel()[key]) {
        run.problem(
            rows.where(row, "population", String.valueOf(rows.persons(row))),
            "missing-bydel-population",
            "no bydel figures for "
                + keyText(rows, row)
                + ": the residents with unknown bydel cannot be computed");
      } else if (bydeler > rows.persons(row)) {
        run.problem(
            rows.where(row, "population", String.valueOf(rows.persons(row))),
            "negative-residual",
            "the bydeler of "
                + keyText(rows, row)
                + " sum to "
                + bydeler
                + ", more than the kommune's total");
      } else {
        rows.addDerived(
            row, residualOfCity.get(rows.unit(row)), (int) (rows.persons(row) - bydeler));
      }
    }
  }

  private static int key(int unit, int yearOffset, PopulationRows rows, int row, int span) {
    return ((unit * span + yearOffset) * 2 + rows.sexIndex(row)) * AGES + rows.age(row);
  }

  private String keyText(PopulationRows rows, int row) {
    String unit = rows.unit(row) < 0 ? "" : units.get(rows.unit(row)) + ", ";
    return unit + rows.year(row) + ", " + rows.sex(row).code() + ", age " + rows.age(row);
  }
}
