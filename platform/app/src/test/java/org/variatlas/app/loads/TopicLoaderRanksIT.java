package org.variatlas.app.loads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.variatlas.api.DataLoader;
import org.variatlas.api.LoadContext;
import org.variatlas.api.LoadSink;
import org.variatlas.api.model.Category;
import org.variatlas.api.model.Chapter;
import org.variatlas.api.model.LoadProblem;
import org.variatlas.api.model.LocalizedText;
import org.variatlas.api.model.MeasureDefinition;
import org.variatlas.api.model.Sex;
import org.variatlas.api.model.SourceLocation;
import org.variatlas.app.SharedApp;
import org.variatlas.app.population.PopulationFixture;
import org.variatlas.app.topics.InstalledTopic;

/**
 * Loaders of one topic side by side: counts of a higher rank replace and keep out a lower rank's,
 * and a key two loaders of the same rank deliver is reported and changes nothing.
 */
class TopicLoaderRanksIT extends SharedApp {

  @Autowired LoadRunner runner;
  @Autowired TopicLoads topicLoads;
  @Autowired LoadRunRepository runs;
  @Autowired PopulationFixture population;
  @Autowired RunDataRepository data;

  @BeforeEach
  void loaded() {
    population.ensureLoaded();
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

  private List<LoadProblem> problems(LoadRunRecord run) {
    return runs.problems(run.id());
  }

  private static SourceLocation at(int line) {
    return SourceLocation.line("counts.csv", line);
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
    return runner.run(topicLoads.job(topic, loader, Map.of()));
  }

  @FunctionalInterface
  private interface ThrowingConsumer<T> {
    void accept(T t) throws Exception;
  }
}
