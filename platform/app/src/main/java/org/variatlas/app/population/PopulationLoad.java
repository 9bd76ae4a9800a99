package org.variatlas.app.population;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.loads.LoadJob;
import org.variatlas.app.loads.LoadRun;
import org.variatlas.app.loads.LoadRunApplied;
import org.variatlas.sdk.io.CsvColumns;

/**
 * The platform's population load: SSB's residents by kommune (2024 borders), bydel and the whole
 * country, by year, sex and single-year age (105 = 105 or older), from the files the geography pack
 * names. Split cities are stored as their bydeler plus the residual unit (kommune total minus the
 * sum of its bydeler: residents whose bydel is unknown), which the mapping assigns as SKDE does
 * (Oslo's to OUS).
 *
 * <p>Reading ({@link PopulationFiles}), checking ({@link PopulationChecks}) and applying ({@link
 * PopulationRepository#replace}) are separate steps: every row is checked (known kommune or bydel,
 * year 1900-2100, sex, age 0-105, a whole non-negative count, the right columns) and every problem
 * is reported with file, line, column and value; duplicates, missing bydel figures and negative
 * residuals are found once all rows are read, in memory. One problem and nothing is applied.
 */
public final class PopulationLoad implements LoadJob {

  /** Bump when the way files become rows changes, so that the next start reloads. */
  static final String VERSION = "population-1";

  static final List<String> KOMMUNE_COLUMNS =
      List.of("kommunenummer", "year", "sex", "age", "population");
  static final List<String> BYDEL_COLUMNS =
      List.of("bydelsnummer", "kommunenummer", "year", "sex", "age", "population");
  static final List<String> NATIONAL_COLUMNS = List.of("year", "sex", "age", "population");

  private final GeographyPack pack;
  private final GeographyPack.PopulationSources sources;
  private final PopulationRepository repository;
  private PopulationCells stored;
  private PopulationCells national;
  private List<String> unitCodes;
  private Set<Integer> cities;

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
    Units units = new Units(pack);
    PopulationFiles files = new PopulationFiles(run);
    CsvColumns kommuner = files.open(sources.kommune(), sources.kommuneName(), KOMMUNE_COLUMNS);
    CsvColumns bydeler = files.open(sources.bydel(), sources.bydelName(), BYDEL_COLUMNS);
    PopulationCells read =
        new PopulationCells(
            units.codes().size(), PopulationFiles.years(Arrays.asList(kommuner, bydeler)));
    if (kommuner != null) {
      files.read(kommuner, units.kommuner(run), read);
    }
    if (bydeler != null) {
      files.read(bydeler, units.bydeler(run), read);
    }
    CsvColumns nationalFile =
        files.open(sources.national(), sources.nationalName(), NATIONAL_COLUMNS);
    PopulationCells nationalCells =
        new PopulationCells(1, PopulationFiles.years(Arrays.asList(nationalFile)));
    if (nationalFile != null) {
      files.read(nationalFile, PopulationFiles.NO_UNIT, nationalCells);
    }
    run.progress("read " + run.rowsAccepted() + " rows");
    PopulationChecks checks = new PopulationChecks(run, units.codes());
    checks.duplicates(read, "bydelsnummer or kommunenummer");
    new PopulationChecks(run, null).duplicates(nationalCells, "year");
    checks.residuals(read, units.residualOfCity(), units.bydelerOfCity());
    stored = read;
    national = nationalCells;
    unitCodes = units.codes();
    cities = units.residualOfCity().keySet();
    run.progress("checked duplicates and residuals");
  }

  @Override
  public void apply(LoadRun run) {
    repository.replace(stored, national, unitCodes, cities);
    run.progress("applied");
  }
}
