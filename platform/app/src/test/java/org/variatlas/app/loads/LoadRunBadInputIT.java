package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.Population;
import org.variatlas.api.io.SourceProblemException;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.IndicatorDefinition;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Period;
import org.variatlas.api.model.PublishedValue;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.api.model.StandardPopulation;
import org.variatlas.app.SharedApp;
import org.variatlas.app.areas.GeographyPack;
import org.variatlas.app.areas.GeographyService;
import org.variatlas.app.population.PopulationFixture;
import org.variatlas.app.population.PopulationLoad;
import org.variatlas.app.population.PopulationRepository;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Bad input to a load run, of every kind: each gives its located problem (file, line, column,
 * value, rule), the run is recorded as failed, and not one row changes.
 */
@RecordApplicationEvents
class LoadRunBadInputIT extends SharedApp {

  @Autowired LoadRunner runner;
  @Autowired LoadRunRepository runs;
  @Autowired PopulationFixture population;
  @Autowired PopulationRepository populationRepository;
  @Autowired GeographyService geography;
  @Autowired Population pluginPopulation;
  @Autowired MeasureDataRepository measureData;
  @Autowired TopicHoldingsRepository holdings;
  @Autowired RunDataRepository data;
  @Autowired ApplicationEvents events;

  @TempDir Path dir;

  @BeforeEach
  void loaded() {
    population.ensureLoaded();
  }

  // ---- the population load --------------------------------------------------------------

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

  // ---- topic loaders ------------------------------------------------------------------------

  @Test
  void a_sound_loader_applies_and_a_rerun_replaces_its_rows() {
    LoadRunRecord first = topic(sink -> good(sink));
    LoadRunRecord second = topic(sink -> good(sink));
    assertThat(first.status()).isEqualTo(LoadRunRecord.APPLIED);
    assertThat(second.status()).isEqualTo(LoadRunRecord.APPLIED);
    assertThat(data.countRows(TOPIC)).isEqualTo(3);
    assertThat(data.sum(TOPIC, "visits")).isEqualTo(12);
    assertThat(data.publishedRows(TOPIC)).isEqualTo(3); // OUS, Ahus and one national row
    assertThat(data.published(TOPIC, "published-rate"))
        .extracting(PublishedRow::level, PublishedRow::areaCode)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("hf", "15"),
            org.assertj.core.groups.Tuple.tuple("hf", "16"),
            org.assertj.core.groups.Tuple.tuple("national", "8888"));
    assertThat(events.stream(LoadRunApplied.class).filter(e -> TOPIC.equals(e.topicId())))
        .extracting(LoadRunApplied::runId)
        .contains(first.id(), second.id());
  }

  @Test
  void every_bad_count_is_reported_and_nothing_changes() {
    topic(sink -> good(sink));
    LoadRunRecord run =
        topic(
            sink -> {
              good(sink);
              sink.count("nothing", "3401", 2024, Sex.FEMALE, 3, null, 1, at(10));
              sink.count("visits", "3401", 2024, Sex.FEMALE, 3, "secret", 1, at(11));
              sink.count("visits", "3401", 2024, Sex.FEMALE, 3, null, 1, at(12));
              sink.count("visits", "0301", 2024, Sex.FEMALE, 3, "public", 1, at(13));
              sink.count("visits", "3401", 1066, Sex.FEMALE, 3, "public", 1, at(14));
              sink.count("visits", "3401", 2024, Sex.FEMALE, 130, "public", 1, at(15));
              sink.count("visits", "3401", 2024, Sex.FEMALE, 3, "public", -1, at(16));
              sink.count("visits", "3401", 2024, Sex.FEMALE, 3, "public", 0.5, at(17));
              sink.count(
                  "visits",
                  "3401",
                  2024,
                  Sex.FEMALE,
                  0,
                  "public",
                  9,
                  at(18)); // duplicate of line 1
              sink.count("visits", "3401", 2099, Sex.FEMALE, 3, "public", 1, at(19));
            });
    assertThat(problems(run))
        .extracting(p -> p.where().line() + " " + p.rule())
        .containsExactly(
            "10 unknown-measure",
            "11 unknown-category",
            "12 missing-category",
            "13 unknown-area",
            "14 bad-year",
            "15 bad-age",
            "16 negative-count",
            "17 non-integer-count",
            "19 no-population", // found while reading; duplicates when the whole set is staged
            "18 duplicate-key");
    assertThat(problems(run).get(3).where())
        .extracting(SourceLocation::file, SourceLocation::column, SourceLocation::value)
        .containsExactly("counts.csv", "base_unit", "0301");
    assertThat(problems(run).get(8).message()).contains("no population is loaded for 2099");
    assertThat(problems(run).get(9).message()).contains("counts.csv:1");
    assertThat(run.rowsRejected()).isEqualTo(10);
    assertUnchanged();
  }

  @Test
  void published_values_must_match_the_topic_and_an_area() {
    topic(sink -> good(sink));
    LoadRunRecord run =
        topic(
            sink -> {
              good(sink);
              sink.published(value("nothing", "hf", "OUS", 20));
              sink.published(value("computed-rate", "hf", "OUS", 21));
              sink.published(value("published-rate", "dps9", "OUS", 22));
              sink.published(value("published-rate", "hf", "Indre Oslo", 23));
              sink.published(
                  value("published-rate", "hf", "Oslo universitetssykehus", 24)); // = OUS again
            });
    assertThat(problems(run))
        .extracting(p -> p.where().line() + " " + p.rule())
        .containsExactly(
            "20 unknown-indicator",
            "21 not-published",
            "22 unknown-level",
            "23 unknown-area",
            "24 duplicate-key");
    assertThat(problems(run).get(3).message()).contains("Lovisenberg and Diakonhjemmet");
    assertThat(problems(run).get(3).where().column()).isEqualTo("area");
    assertThat(problems(run).get(3).where().value()).isEqualTo("Indre Oslo");
    assertUnchanged();
  }

  @Test
  void a_source_problem_thrown_by_the_loader_is_recorded_with_its_location() {
    topic(sink -> good(sink));
    LoadRunRecord run =
        topic(
            sink -> {
              good(sink);
              throw new SourceProblemException(
                  SourceLocation.line("counts.csv", 1), "wrong-columns", "missing 'count'");
            });
    assertThat(problems(run))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("wrong-columns");
              assertThat(p.where()).isEqualTo(SourceLocation.line("counts.csv", 1));
            });
    assertUnchanged();
  }

  @Test
  void a_failing_loader_fails_its_run_with_the_reason() {
    topic(sink -> good(sink));
    LoadRunRecord run =
        topic(
            sink -> {
              good(sink);
              throw new IllegalStateException("the registry extract is locked");
            });
    assertThat(run.status()).isEqualTo(LoadRunRecord.FAILED);
    // The exception's type and the frame it was thrown from: what the loader's author acts on.
    assertThat(run.message())
        .contains("IllegalStateException: the registry extract is locked (at ");
    assertThat(problems(run)).extracting(LoadProblem::rule).containsExactly("loader-error");
    assertUnchanged();
  }

  @Test
  void an_extract_replaces_the_counts_a_plugin_delivered_at_install_and_keeps_them() {
    String topicId = "load-ranks";
    DataLoader bundled =
        loader(
            topicId,
            "bundled-counts",
            false,
            sink -> sink.count("visits", "3401", 2024, Sex.FEMALE, 0, "public", 5, at(1)));
    DataLoader extract =
        loader(
            topicId,
            "count-file",
            true,
            sink -> sink.count("visits", "3401", 2024, Sex.FEMALE, 0, "public", 7, at(1)));
    List<DataLoader> both = List.of(bundled, extract);
    assertThat(run(topicId, bundled, both).status()).isEqualTo(LoadRunRecord.APPLIED);

    LoadRunRecord replaced = run(topicId, extract, both);
    assertThat(replaced.status()).isEqualTo(LoadRunRecord.APPLIED);
    assertThat(data.sum(topicId, "visits")).isEqualTo(7);

    // The bundled loader runs again (e.g. a new plugin version): the extract's counts stay.
    LoadRunRecord again = run(topicId, bundled, both);
    assertThat(again.status()).isEqualTo(LoadRunRecord.APPLIED);
    assertThat(data.sum(topicId, "visits")).isEqualTo(7);
  }

  @Test
  void a_key_another_loader_of_the_topic_delivered_is_reported_and_nothing_changes() {
    String topicId = "load-conflicts";
    DataLoader first =
        loader(
            topicId,
            "first-extract",
            true,
            sink -> sink.count("visits", "3401", 2024, Sex.FEMALE, 0, "public", 5, at(1)));
    DataLoader second =
        loader(
            topicId,
            "second-extract",
            true,
            sink -> {
              sink.count("visits", "3401", 2024, Sex.MALE, 0, "public", 2, at(1));
              sink.count("visits", "3401", 2024, Sex.FEMALE, 0, "public", 7, at(2));
            });
    DataLoader other =
        loader(
            topicId,
            "other-extract",
            true,
            sink -> sink.count("visits", "3401", 2023, Sex.FEMALE, 0, "public", 4, at(1)));
    List<DataLoader> loaders = List.of(first, second, other);
    assertThat(run(topicId, first, loaders).status()).isEqualTo(LoadRunRecord.APPLIED);

    LoadRunRecord conflicting = run(topicId, second, loaders);
    assertThat(conflicting.status()).isEqualTo(LoadRunRecord.FAILED);
    assertThat(problems(conflicting))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("duplicate-key");
              assertThat(p.where())
                  .isEqualTo(
                      new SourceLocation(
                          "counts.csv", 2, "count", "visits, 3401, 2024, female, age 0, public"));
              assertThat(p.message())
                  .isEqualTo(
                      "loader 'first-extract' of this topic already delivered"
                          + " (visits, 3401, 2024, female, age 0, public)");
            });
    assertThat(data.sum(topicId, "visits")).isEqualTo(5);

    // Other keys of the same measure do not conflict.
    assertThat(run(topicId, other, loaders).status()).isEqualTo(LoadRunRecord.APPLIED);
    assertThat(data.sum(topicId, "visits")).isEqualTo(9);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static final String KOMMUNE = "kommunenummer,year,sex,age,population\n";
  private static final String BYDEL = "bydelsnummer,kommunenummer,year,sex,age,population\n";
  private static final String NATIONAL = "year,sex,age,population\n2024,female,0,10\n";
  private static final String TOPIC = "load-fixture";

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

  private void assertUnchanged() {
    assertThat(data.countRows(TOPIC)).isEqualTo(3);
    assertThat(data.sum(TOPIC, "visits")).isEqualTo(12);
    assertThat(data.publishedRows(TOPIC)).isEqualTo(3);
  }

  /** Three counts, and OUS, Ahus and Norge (given twice, as each level's table repeats it). */
  private static void good(LoadSink sink) {
    sink.count("visits", "3401", 2024, Sex.FEMALE, 0, "public", 5, at(1));
    sink.count("visits", "3401", 2024, Sex.FEMALE, 0, "private", 3, at(2));
    sink.count("visits", "030112", 2024, Sex.MALE, 17, "public", 4, at(3));
    sink.published(value("published-rate", "hf", "OUS", 4));
    sink.published(value("published-rate", "hf", "Ahus", 5));
    sink.published(value("published-rate", "hf", "Norge", 6));
    sink.published(value("published-rate", "hf19", "Noreg", 7));
  }

  private static PublishedValue value(String indicator, String level, String area, int line) {
    return new PublishedValue(
        indicator,
        level,
        area,
        Period.of(2022, 2024),
        null,
        12.5,
        100.0,
        8000.0,
        10.0,
        15.0,
        SourceLocation.line("published.json", line));
  }

  private static SourceLocation at(int line) {
    return SourceLocation.line("counts.csv", line);
  }

  private LoadRunRecord topic(ThrowingConsumer<LoadSink> body) {
    DataLoader loader =
        new DataLoader() {
          @Override
          public String id() {
            return "fixture-loader";
          }

          @Override
          public String topicId() {
            return TOPIC;
          }

          @Override
          public LocalizedText title() {
            return LocalizedText.of("Fixture");
          }

          @Override
          public void load(LoadContext context, LoadSink sink) throws Exception {
            body.accept(sink);
          }
        };
    List<Category> parts =
        List.of(
            new Category("public", LocalizedText.of("Public")),
            new Category("private", LocalizedText.of("Private")));
    List<IndicatorDefinition> indicators = new ArrayList<>();
    indicators.add(
        IndicatorDefinition.published("published-rate")
            .chapter("main")
            .title(LocalizedText.of("P"))
            .unit(LocalizedText.of("per 1000"))
            .periods(Period.of(2022, 2024))
            .levels("hf", "hf19")
            .build());
    indicators.add(
        IndicatorDefinition.computed("computed-rate")
            .chapter("main")
            .title(LocalizedText.of("C"))
            .unit(LocalizedText.of("per 1000"))
            .numerator("visits")
            .periods(Period.of(2022, 2024))
            .levels("hf")
            .standard(StandardPopulation.referenceYear(2022))
            .build());
    InstalledTopic topic =
        new InstalledTopic(
            TOPIC,
            LocalizedText.of("Fixture"),
            LocalizedText.of("Fixture"),
            1,
            List.of(Chapter.of("main", LocalizedText.of("Main"))),
            indicators,
            List.of(
                MeasureDefinition.events("visits", LocalizedText.of("Visits"))
                    .withCategories(parts)),
            "load-fixture",
            "1.0.0",
            List.of(loader),
            null,
            null,
            null,
            List.of());
    return runner.run(
        new TopicLoad(
            topic,
            loader,
            Map.of(),
            v -> v,
            geography.pack(),
            geography.geography(null),
            pluginPopulation,
            measureData,
            holdings));
  }

  /** A loader of a topic: one that runs at install, or one with a file parameter (an extract). */
  private static DataLoader loader(
      String topicId, String id, boolean extract, ThrowingConsumer<LoadSink> body) {
    return new DataLoader() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String topicId() {
        return topicId;
      }

      @Override
      public LocalizedText title() {
        return LocalizedText.of(id);
      }

      @Override
      public boolean loadOnInstall() {
        return !extract;
      }

      @Override
      public List<org.variatlas.api.model.LoaderParameter> parameters() {
        return extract
            ? List.of(
                org.variatlas.api.model.LoaderParameter.file("file", LocalizedText.of("File")))
            : List.of();
      }

      @Override
      public void load(LoadContext context, LoadSink sink) throws Exception {
        body.accept(sink);
      }
    };
  }

  private LoadRunRecord run(String topicId, DataLoader loader, List<DataLoader> loaders) {
    InstalledTopic topic =
        new InstalledTopic(
            topicId,
            LocalizedText.of("Ranks"),
            LocalizedText.of("Ranks"),
            1,
            List.of(Chapter.of("main", LocalizedText.of("Main"))),
            List.of(),
            List.of(
                MeasureDefinition.events("visits", LocalizedText.of("Visits"))
                    .withCategories(List.of(new Category("public", LocalizedText.of("Public"))))),
            "load-fixture",
            "1.0.0",
            loaders,
            null,
            null,
            null,
            List.of());
    return runner.run(
        new TopicLoad(
            topic,
            loader,
            Map.of(),
            v -> v,
            geography.pack(),
            geography.geography(null),
            pluginPopulation,
            measureData,
            holdings));
  }

  @FunctionalInterface
  private interface ThrowingConsumer<T> {
    void accept(T t) throws Exception;
  }
}
