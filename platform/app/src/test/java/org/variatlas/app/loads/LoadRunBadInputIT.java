package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
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
import org.variatlas.app.population.PopulationFixture;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Bad input to a topic's load run, of every kind: each gives its located problem (file, line,
 * column, value, rule), the run is recorded as failed, and not one row changes. The population
 * load's: {@link PopulationLoadBadInputIT}; loaders of one topic side by side: {@link
 * TopicLoaderRanksIT}.
 */
@RecordApplicationEvents
class LoadRunBadInputIT extends SharedApp {

  @Autowired LoadRunner runner;
  @Autowired TopicLoads topicLoads;
  @Autowired LoadRunRepository runs;
  @Autowired PopulationFixture population;
  @Autowired RunDataRepository data;
  @Autowired ApplicationEvents events;

  @BeforeEach
  void loaded() {
    population.ensureLoaded();
  }

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

  // ---- helpers ----------------------------------------------------------------------------

  private static final String TOPIC = "load-fixture";

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
    return runner.run(topicLoads.job(topic, loader, Map.of()));
  }

  @FunctionalInterface
  private interface ThrowingConsumer<T> {
    void accept(T t) throws Exception;
  }
}
