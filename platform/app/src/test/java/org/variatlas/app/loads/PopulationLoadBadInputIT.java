package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.app.SharedApp;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.population.PopulationFixture;
import org.variatlas.app.population.PopulationLoad;
import org.variatlas.app.population.PopulationRepository;

/**
 * Bad input to the population load, of every kind: each gives its located problem (file, line,
 * column, value, rule), the run is recorded as failed, and not one row changes.
 */
class PopulationLoadBadInputIT extends SharedApp {

  @Autowired LoadRunner runner;
  @Autowired LoadRunRepository runs;
  @Autowired PopulationFixture population;
  @Autowired PopulationRepository populationRepository;
  @Autowired GeographyService geography;

  @TempDir Path dir;

  @BeforeEach
  void loaded() {
    population.ensureLoaded();
  }

  @Test
  void an_unreadable_file_is_reported_and_nothing_changes() {
    LoadRunRecord run = population(null, "", "");
    assertThat(problems(run)).anySatisfy(p -> assertThat(p.rule()).isEqualTo("unreadable-file"));
  }

  @Test
  void a_wrong_column_set_is_reported_on_line_1() {
    LoadRunRecord run =
        population("kommune,year,sex,age,population\n3401,2024,female,0,10\n", "", "");
    assertThat(problems(run))
        .anySatisfy(
            p -> {
              assertThat(p.rule()).isEqualTo("wrong-columns");
              assertThat(p.where()).isEqualTo(SourceLocation.line("kommune.csv", 1));
              assertThat(p.message()).contains("kommunenummer");
            });
  }

  @Test
  void every_bad_cell_is_reported_with_its_line_column_and_value() {
    LoadRunRecord run =
        population(
            KOMMUNE
                + "3401,20x4,female,0,10\n"
                + "3401,1850,female,1,10\n"
                + "3401,2024,woman?,2,10\n"
                + "3401,2024,female,200,10\n"
                + "3401,2024,female,4,-3\n"
                + "3401,2024,female,5,2.5\n"
                + "9999,2024,female,6,1\n",
            "",
            "");
    assertThat(problems(run))
        .extracting(
            p ->
                p.where().line()
                    + " "
                    + p.where().column()
                    + " '"
                    + p.where().value()
                    + "' "
                    + p.rule())
        .containsExactly(
            "2 year '20x4' not-an-integer",
            "3 year '1850' bad-year",
            "4 sex 'woman?' bad-sex",
            "5 age '200' bad-age",
            "6 population '-3' negative-count",
            "7 population '2.5' non-integer-count",
            "8 kommunenummer '9999' unknown-area");
    assertThat(run.rowsRead()).isEqualTo(7 + 1); // and the national file's row
    assertThat(run.rowsRejected()).isEqualTo(7);
  }

  @Test
  void a_duplicate_key_names_the_first_line() {
    LoadRunRecord run =
        population(
            KOMMUNE + "3401,2024,female,0,10\n3401,2024,female,1,10\n3401,2024,female,0,12\n",
            "",
            "");
    assertThat(problems(run))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("duplicate-key");
              assertThat(p.where().line()).isEqualTo(4);
              assertThat(p.message()).contains("kommune.csv:2");
            });
  }

  @Test
  void a_malformed_row_stops_its_file_with_the_line() {
    LoadRunRecord run =
        population(KOMMUNE + "3401,2024,female,0,10\n3401,2024,female,1,10,7\n", "", "");
    assertThat(problems(run))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("wrong-cell-count");
              assertThat(p.where().line()).isEqualTo(3);
            });
  }

  @Test
  void an_unknown_bydel_and_a_bydel_in_the_wrong_kommune_are_reported() {
    LoadRunRecord run =
        population(
            KOMMUNE, BYDEL + "030118,0301,2024,female,0,4\n030112,4601,2024,female,0,4\n", "");
    assertThat(problems(run))
        .extracting(p -> p.where().line() + " " + p.rule())
        .containsExactly("2 unknown-area", "3 wrong-kommune");
  }

  @Test
  void bydeler_must_not_sum_to_more_than_their_city() {
    LoadRunRecord run =
        population(
            KOMMUNE + "0301,2024,female,0,10\n",
            BYDEL + "030101,0301,2024,female,0,6\n030102,0301,2024,female,0,6\n",
            NATIONAL);
    assertThat(problems(run)).extracting(LoadProblem::rule).containsExactly("negative-residual");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static final String KOMMUNE = "kommunenummer,year,sex,age,population\n";
  private static final String BYDEL = "bydelsnummer,kommunenummer,year,sex,age,population\n";
  private static final String NATIONAL = "year,sex,age,population\n2024,female,0,10\n";

  /** Runs the population load on these files (null = missing) and checks that nothing changed. */
  private LoadRunRecord population(String kommune, String bydel, String national) {
    try {
      Path k = dir.resolve("kommune.csv");
      Path b = dir.resolve("bydel.csv");
      Path n = dir.resolve("national.csv");
      if (kommune != null) {
        Files.writeString(k, kommune);
      }
      Files.writeString(b, bydel.isEmpty() ? BYDEL : bydel);
      Files.writeString(n, national.isEmpty() ? NATIONAL : national);
      long rows = populationRepository.rowCount();
      var before =
          populationRepository.totals(
              "by-year",
              "hf",
              Period.of(2005, 2026),
              org.variatlas.api.model.PopulationFilter.everyone());
      GeographyPack pack = geography.pack();
      LoadRunRecord run =
          runner.run(
              new PopulationLoad(
                  pack,
                  new GeographyPack.PopulationSources(
                      k, "kommune.csv", b, "bydel.csv", n, "national.csv"),
                  populationRepository));
      assertThat(run.status()).isEqualTo(LoadRunRecord.FAILED);
      assertThat(run.problemCount()).isPositive();
      assertThat(populationRepository.rowCount()).isEqualTo(rows);
      assertThat(
              populationRepository.totals(
                  "by-year",
                  "hf",
                  Period.of(2005, 2026),
                  org.variatlas.api.model.PopulationFilter.everyone()))
          .isEqualTo(before);
      return run;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<LoadProblem> problems(LoadRunRecord run) {
    return runs.problems(run.id());
  }
}
