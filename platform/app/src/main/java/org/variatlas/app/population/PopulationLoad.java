package org.variatlas.app.population;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.variatlas.api.io.CsvReader;
import org.variatlas.api.io.CsvRow;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.PopulationFilter;
import org.variatlas.api.model.Sex;
import org.variatlas.app.areas.BaseUnit;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.loads.CopyStream;
import org.variatlas.app.loads.LoadJob;
import org.variatlas.app.loads.LoadRun;
import org.variatlas.app.loads.LoadRunApplied;

/**
 * The platform's population load: SSB's residents by kommune (2024 borders), bydel and the whole
 * country, by year, sex and single-year age (105 = 105 or older), from the files the geography pack
 * names. Split cities are stored as their bydeler plus the residual unit (kommune total minus the
 * sum of its bydeler: residents whose bydel is unknown), which the mapping assigns as SKDE does
 * (Oslo's to OUS).
 *
 * <p>Every row is checked (known kommune or bydel, year 1900-2100, sex, age 0-105, a whole
 * non-negative count, the right columns) and every problem is reported with file, line, column and
 * value; duplicates, missing bydel figures and negative residuals are found once all rows are
 * staged. One problem and nothing is applied.
 */
public final class PopulationLoad implements LoadJob {

  /** Bump when the way files become rows changes, so that the next start reloads. */
  static final String VERSION = "population-1";

  static final List<String> KOMMUNE_COLUMNS =
      List.of("kommunenummer", "year", "sex", "age", "population");
  static final List<String> BYDEL_COLUMNS =
      List.of("bydelsnummer", "kommunenummer", "year", "sex", "age", "population");
  static final List<String> NATIONAL_COLUMNS = List.of("year", "sex", "age", "population");
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  private final GeographyPack pack;
  private final GeographyPack.PopulationSources sources;
  private final PopulationRepository repository;

  public PopulationLoad(
      GeographyPack pack,
      GeographyPack.PopulationSources sources,
      PopulationRepository repository) {
    this.pack = pack;
    this.sources = sources;
    this.repository = repository;
  }

  @Override
  public String topicId() {
    return null;
  }

  @Override
  public String loaderId() {
    return LoadRunApplied.POPULATION;
  }

  @Override
  public String title() {
    return "Population (SSB) by base unit, year, sex and age";
  }

  @Override
  public void stage(LoadRun run) {
    run.fingerprintAlso(VERSION);
    run.fingerprintAlso(pack.fingerprint());
    repository.createStaging();
    Set<String> cities = Set.copyOf(pack.splitKommuner());
    // One COPY at a time per connection: kommune and bydel rows share a staging table (a city's
    // own rows stay there under its kommune code until the residual is computed from them).
    try (CopyStream units =
        run.copy(PopulationRepository.STAGE_UNITS, PopulationRepository.STAGE_UNIT_COLUMNS)) {
      read(
          run,
          sources.kommune(),
          sources.kommuneName(),
          KOMMUNE_COLUMNS,
          (row, cell) -> {
            String kommune = row.raw("kommunenummer");
            BaseUnit unit = pack.baseUnits().get(kommune);
            if (!cities.contains(kommune)
                && (unit == null || unit.kind() != BaseUnit.Kind.KOMMUNE)) {
              run.problem(
                  row.location("kommunenummer"),
                  "unknown-area",
                  "no kommune " + kommune + " in geography pack " + pack.id());
              return false;
            }
            cell.stage(units, kommune, kommune);
            return true;
          });
      read(
          run,
          sources.bydel(),
          sources.bydelName(),
          BYDEL_COLUMNS,
          (row, cell) -> {
            String bydel = row.raw("bydelsnummer");
            BaseUnit unit = pack.baseUnits().get(bydel);
            if (unit == null || unit.kind() != BaseUnit.Kind.BYDEL) {
              run.problem(
                  row.location("bydelsnummer"),
                  "unknown-area",
                  "no bydel " + bydel + " in geography pack " + pack.id());
              return false;
            }
            if (!unit.kommune().equals(row.raw("kommunenummer"))) {
              run.problem(
                  row.location("kommunenummer"),
                  "wrong-kommune",
                  "bydel " + bydel + " lies in kommune " + unit.kommune());
              return false;
            }
            cell.stage(units, bydel, unit.kommune());
            return true;
          });
    }
    try (CopyStream national =
        run.copy(
            PopulationRepository.STAGE_NATIONAL, PopulationRepository.STAGE_NATIONAL_COLUMNS)) {
      read(
          run,
          sources.national(),
          sources.nationalName(),
          NATIONAL_COLUMNS,
          (row, cell) -> {
            national.row(
                cell.year(),
                cell.sex().code(),
                cell.age(),
                cell.persons(),
                cell.file(),
                row.line());
            return true;
          });
    }
    run.progress("staged " + run.rowsAccepted() + " rows");
    repository.checkStaging(run, cities);
    run.progress("checked duplicates and residuals");
  }

  @Override
  public void apply(LoadRun run) {
    repository.applyStaging(residualOfCity());
    run.progress("applied");
  }

  /** The residual unit of each split city ({@code 0301 -> 030199}). */
  private java.util.Map<String, String> residualOfCity() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    pack.baseUnits().values().stream()
        .filter(u -> u.kind() == BaseUnit.Kind.RESIDUAL)
        .forEach(u -> out.put(u.kommune(), u.code()));
    return out;
  }

  /** Decides what to do with a row whose year, sex, age and count are valid. */
  private interface RowHandler {
    boolean handle(CsvRow row, Cell cell);
  }

  /** A row's validated year, sex, age and count. */
  private record Cell(CsvRow row, int year, Sex sex, int age, long persons, String file) {
    void stage(CopyStream units, String unit, String kommune) {
      units.row(unit, kommune, year, sex.code(), age, persons, file, row.line());
    }
  }

  private void read(LoadRun run, Path file, String name, List<String> columns, RowHandler handler) {
    run.source(file);
    try (CsvReader csv = CsvReader.open(file, name, ',')) {
      csv.requireExactColumns(columns, List.of());
      for (CsvRow row : csv) {
        run.read();
        Cell cell = cell(run, row, name);
        if (cell != null && handler.handle(row, cell)) {
          run.accepted();
        } else {
          run.rejected();
        }
        if (run.rowsRead() % 500_000 == 0) {
          run.progress("read " + run.rowsRead() + " rows (" + name + ")");
        }
      }
    } catch (SourceProblemException e) {
      // Unreadable or malformed: the rest of this file cannot be read; other files still are.
      run.problem(e.problem());
    }
  }

  /** The row's year, sex, age and count, each checked; null (with problems) when any is bad. */
  private static Cell cell(LoadRun run, CsvRow row, String file) {
    Integer year =
        integer(
            run,
            row,
            "year",
            FIRST_YEAR,
            LAST_YEAR,
            "bad-year",
            "a year " + FIRST_YEAR + "-" + LAST_YEAR + " is expected");
    Sex sex = null;
    try {
      sex = row.getSex("sex");
    } catch (SourceProblemException e) {
      run.problem(e.problem());
    }
    Integer age =
        integer(
            run,
            row,
            "age",
            0,
            PopulationFilter.MAX_AGE,
            "bad-age",
            "an age 0-" + PopulationFilter.MAX_AGE + " is expected");
    Long persons = count(run, row, "population");
    if (year == null || sex == null || age == null || persons == null) {
      return null;
    }
    return new Cell(row, year, sex, age, persons, file);
  }

  private static Integer integer(
      LoadRun run, CsvRow row, String column, int min, int max, String rule, String expected) {
    try {
      int v = row.getInt(column);
      if (v < min || v > max) {
        run.problem(row.location(column), rule, expected);
        return null;
      }
      return v;
    } catch (SourceProblemException e) {
      run.problem(e.problem());
      return null;
    }
  }

  /** A count: a whole number, not negative. */
  static Long count(LoadRun run, CsvRow row, String column) {
    try {
      double v = row.requireDouble(column);
      if (v < 0) {
        run.problem(row.location(column), "negative-count", "a count cannot be negative");
        return null;
      }
      if (v != Math.rint(v)) {
        run.problem(row.location(column), "non-integer-count", "a count must be a whole number");
        return null;
      }
      return (long) v;
    } catch (SourceProblemException e) {
      run.problem(e.problem());
      return null;
    }
  }
}
